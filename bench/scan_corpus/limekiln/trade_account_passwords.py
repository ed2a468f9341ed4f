"""Password storage for trade-counter accounts (contractors buying putty and hot-mixed mortar)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger("trade.accounts")


class Base(DeclarativeBase):
    pass


class TradeAccount(Base):
    __tablename__ = "trade_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_no: Mapped[str] = mapped_column(String(12), unique=True)
    contact_email: Mapped[str] = mapped_column(String(254))
    password_hash: Mapped[str] = mapped_column(String(200))


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
        )


class TradePasswordService:
    def __init__(self, session: Session, settings: Argon2Settings = Argon2Settings()) -> None:
        self._session = session
        self._ph = settings.hasher()

    def set_password(self, account_no: str, password: str) -> None:
        account = self._get(account_no)
        account.password_hash = self._ph.hash(password)
        self._session.commit()
        log.info("password set for trade account %s", account_no)

    def check(self, account_no: str, password: str) -> bool:
        account = self._get(account_no, required=False)
        if account is None:
            return False
        try:
            self._ph.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self._ph.check_needs_rehash(account.password_hash):
            account.password_hash = self._ph.hash(password)
            self._session.commit()
        return True

    def _get(self, account_no: str, required: bool = True) -> TradeAccount | None:
        account = self._session.scalars(
            select(TradeAccount).where(TradeAccount.account_no == account_no)
        ).first()
        if account is None and required:
            raise LookupError(account_no)
        return account
