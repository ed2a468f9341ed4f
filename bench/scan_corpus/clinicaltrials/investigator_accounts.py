"""Investigator portal account management.

Handles creation of site staff accounts, password changes and login
verification for the investigator portal. Account rows live in the
``portal_users`` table; see migrations/0007_portal_users.sql.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from passlib.hash import pbkdf2_sha256

log = logging.getLogger(__name__)

# Hash tuning for portal logins. Kept in one place so ops can adjust it
# without touching the service code.
PBKDF2_ROUNDS = 29_000
MIN_PASSWORD_LENGTH = 12


@dataclass
class PortalUser:
    user_id: int
    email: str
    site_id: str
    password_hash: str = ""
    password_changed_at: datetime | None = None


class PasswordPolicyError(ValueError):
    pass


def _check_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(
            f"password must be at least {MIN_PASSWORD_LENGTH} characters"
        )
    if password.lower() == password or password.upper() == password:
        raise PasswordPolicyError("password must mix upper and lower case")


_hasher = pbkdf2_sha256.using(rounds=PBKDF2_ROUNDS)


def set_password(user: PortalUser, new_password: str) -> PortalUser:
    _check_policy(new_password)
    user.password_hash = _hasher.hash(new_password)
    user.password_changed_at = datetime.now(timezone.utc)
    log.info("password changed for portal user %s (site %s)", user.user_id, user.site_id)
    return user


def verify_login(user: PortalUser, candidate: str) -> bool:
    if not user.password_hash:
        return False
    ok = _hasher.verify(candidate, user.password_hash)
    if not ok:
        log.warning("failed login for portal user %s", user.user_id)
    return ok
