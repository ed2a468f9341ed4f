"""Password handling for the overnight pet-sitter mobile app accounts."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger(__name__)

ARGON2_OPTIONS = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


class Base(DeclarativeBase):
    pass


class SitterAccount(Base):
    __tablename__ = "sitter_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SitterPasswordService:
    """Hashes and verifies sitter passwords, upgrading hashes when settings change."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._hasher = PasswordHasher(**ARGON2_OPTIONS)

    def set_password(self, account: SitterAccount, password: str) -> None:
        if len(password) < 12:
            raise ValueError("sitter passwords need at least 12 characters")
        account.password_hash = self._hasher.hash(password)
        self._session.add(account)

    def login(self, username: str, password: str) -> SitterAccount | None:
        account = self._session.scalar(
            select(SitterAccount).where(SitterAccount.username == username)
        )
        if account is None:
            return None
        try:
            self._hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("failed sitter login for %s", username)
            return None
        if self._hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self._hasher.hash(password)
        account.last_login = datetime.now(timezone.utc)
        self._session.commit()
        return account
