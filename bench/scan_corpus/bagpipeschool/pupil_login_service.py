"""Password hashing and verification for pupil and parent accounts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import PupilAccount

log = logging.getLogger(__name__)


@dataclass
class LoginResult:
    ok: bool
    account_id: Optional[int] = None
    reason: str = ""


class PupilLoginService:
    """Creates and checks pupil passwords using Argon2id."""

    def __init__(self, session: Session):
        self._session = session
        self._hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

    def set_password(self, account: PupilAccount, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        account.password_hash = self._hasher.hash(password)
        self._session.flush()

    def authenticate(self, username: str, password: str) -> LoginResult:
        account = self._session.scalar(
            select(PupilAccount).where(PupilAccount.username == username.lower())
        )
        if account is None or not account.active:
            return LoginResult(ok=False, reason="unknown or inactive account")
        try:
            self._hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("failed pupil login for username=%s", account.username)
            return LoginResult(ok=False, reason="bad credentials")

        if self._hasher.check_needs_rehash(account.password_hash):
            self._session.execute(
                update(PupilAccount)
                .where(PupilAccount.id == account.id)
                .values(password_hash=self._hasher.hash(password))
            )
            log.info("rehashed password for account id=%s", account.id)
        return LoginResult(ok=True, account_id=account.id)
