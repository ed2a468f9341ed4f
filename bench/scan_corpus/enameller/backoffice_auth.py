"""Password handling for back-office users (proof desk, kiln room, dispatch)."""
import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import BackofficeUser

log = logging.getLogger("enameller.backoffice.auth")


@dataclass(frozen=True)
class HashPolicy:
    rounds: int = 12
    min_length: int = 12


POLICY = HashPolicy()


class PasswordError(ValueError):
    pass


def hash_password(raw: str, policy: HashPolicy = POLICY) -> bytes:
    if len(raw) < policy.min_length:
        raise PasswordError(f"use at least {policy.min_length} characters")
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=policy.rounds))


def set_password(db: Session, user: BackofficeUser, raw: str) -> None:
    user.password_hash = hash_password(raw)
    db.add(user)
    db.commit()
    log.info("password changed for back-office user %s", user.username)


def authenticate(db: Session, username: str, raw: str) -> BackofficeUser | None:
    user = db.scalar(select(BackofficeUser).where(BackofficeUser.username == username))
    if user is None or not user.is_active:
        log.info("login failed for %s", username)
        return None
    if not bcrypt.checkpw(raw.encode("utf-8"), user.password_hash):
        log.info("login failed for %s", username)
        return None
    return user
