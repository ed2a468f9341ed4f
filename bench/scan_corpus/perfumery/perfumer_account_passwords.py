"""Credential storage for perfumer accounts on the formula vault.

Perfumers authenticate to the vault from their workstations; hashes live in
the ``vault_users`` table that the platform team manages.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from passlib.hash import pbkdf2_sha256
from sqlalchemy import select
from sqlalchemy.orm import Session

from vault.models import VaultUser

log = logging.getLogger("vault.accounts")

MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class HashingProfile:
    """Parameters handed to the passlib handler."""

    rounds: int = 20_000
    salt_size: int = 16


PROFILE = HashingProfile()
_hasher = pbkdf2_sha256.using(rounds=PROFILE.rounds, salt_size=PROFILE.salt_size)


def set_password(session: Session, user: VaultUser, new_password: str) -> None:
    """Store a new password hash for a perfumer account."""
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"Vault passwords need at least {MIN_PASSWORD_LENGTH} characters")
    user.password_hash = _hasher.hash(new_password)
    session.add(user)
    log.info("Password rotated for perfumer id=%s", user.id)


def authenticate(session: Session, login: str, password: str) -> Optional[VaultUser]:
    """Return the active user matching the credentials, or ``None``."""
    user = session.execute(
        select(VaultUser).where(VaultUser.login == login)
    ).scalar_one_or_none()
    if user is None or not user.is_active:
        return None
    if not _hasher.verify(password, user.password_hash):
        log.warning("Failed vault login for %s", login)
        return None
    if _hasher.needs_update(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.add(user)
    return user
