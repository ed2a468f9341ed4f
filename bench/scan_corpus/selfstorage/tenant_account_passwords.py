"""Password hashing for tenant portal and mobile app accounts."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import TenantAccount

log = logging.getLogger(__name__)

ARGON2_OPTIONS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 2,
    "hash_len": 32,
    "salt_len": 16,
}

_hasher = PasswordHasher(**ARGON2_OPTIONS)


@dataclass
class LoginResult:
    account_id: int | None
    rehashed: bool = False


def hash_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def login(session: Session, email: str, password: str) -> LoginResult:
    account = session.scalars(
        select(TenantAccount).where(TenantAccount.email == email.strip().lower())
    ).first()
    if account is None or not account.is_active:
        return LoginResult(None)
    if not verify_password(account.password_hash, password):
        log.info("failed portal login for account %s", account.id)
        return LoginResult(None)
    rehashed = False
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
        session.commit()
        rehashed = True
    return LoginResult(account.id, rehashed)


def set_password(session: Session, account: TenantAccount, new_password: str) -> None:
    account.password_hash = hash_password(new_password)
    account.must_change_password = False
    session.commit()
    log.info("password changed for account %s", account.id)
