"""Sign-in for office and depot staff on the bookings back office.

Planners, sales reps and yard managers have accounts in the staff table.
Passwords are hashed with bcrypt; hashes from the old system are upgraded
on the next successful sign-in.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.models import StaffUser

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 12
    max_bytes: int = 72


POLICY = PasswordPolicy()


def hash_password(password: str, policy: PasswordPolicy = POLICY) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < policy.min_length or len(raw) > policy.max_bytes:
        raise ValueError("password length outside policy")
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=policy.bcrypt_rounds))


def _needs_rehash(stored: bytes, policy: PasswordPolicy = POLICY) -> bool:
    cost = int(stored.split(b"$")[2])
    return cost < policy.bcrypt_rounds


class StaffLogin:
    def __init__(self, session: Session) -> None:
        self._session = session

    def authenticate(self, username: str, password: str) -> Optional[StaffUser]:
        user = self._session.scalars(
            select(StaffUser).where(StaffUser.username == username.lower())
        ).first()
        if user is None or not user.active:
            log.info("staff sign-in refused for %s", username)
            return None
        stored = user.password_hash.encode("ascii")
        if not bcrypt.checkpw(password.encode("utf-8"), stored):
            log.info("staff sign-in failed for %s", username)
            return None
        if _needs_rehash(stored):
            user.password_hash = hash_password(password).decode("ascii")
            self._session.commit()
        log.info("staff sign-in ok for %s", username)
        return user

    def set_password(self, user: StaffUser, new_password: str) -> None:
        user.password_hash = hash_password(new_password).decode("ascii")
        self._session.commit()
