"""Password hashing for client portal logins (parish clerks, estate managers)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import ClientUser

log = logging.getLogger("clocktower.portal.passwords")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)

MIN_LENGTH = 12


@dataclass
class LoginResult:
    user: ClientUser | None
    rehashed: bool = False


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must be at least {MIN_LENGTH} characters")
    return _hasher.hash(password)


def verify_login(session: Session, email: str, password: str) -> LoginResult:
    user = session.scalars(select(ClientUser).where(ClientUser.email == email.lower())).first()
    if user is None:
        return LoginResult(None)
    try:
        _hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        log.info("wrong password for portal user %s", user.email)
        return LoginResult(None)
    except (InvalidHashError, VerificationError):
        log.warning("unreadable password hash for portal user %s", user.email)
        return LoginResult(None)
    rehashed = False
    if _hasher.check_needs_rehash(user.password_hash):
        session.execute(
            update(ClientUser)
            .where(ClientUser.id == user.id)
            .values(password_hash=_hasher.hash(password))
        )
        session.commit()
        rehashed = True
    return LoginResult(user, rehashed)


def set_password(session: Session, user_id: int, new_password: str) -> None:
    session.execute(
        update(ClientUser).where(ClientUser.id == user_id).values(password_hash=hash_password(new_password))
    )
    session.commit()
    log.info("password changed for portal user id %d", user_id)
