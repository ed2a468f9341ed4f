"""Back-office staff accounts (door staff, scrutineers, MCs) for the organiser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(32), nullable=False, default="door")
    password_hash = Column(String(255), nullable=False)
    last_login_at = Column(DateTime(timezone=True))


@dataclass
class SignInResult:
    ok: bool
    user_id: int | None = None
    role: str | None = None


class StaffAccounts:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)

    def create(self, username: str, password: str, role: str = "door") -> int:
        account = StaffAccount(username=username, role=role, password_hash=_hasher.hash(password))
        with Session(self._engine) as db:
            db.add(account)
            db.commit()
            return account.id

    def sign_in(self, username: str, password: str) -> SignInResult:
        with Session(self._engine) as db:
            account = db.execute(
                select(StaffAccount).where(StaffAccount.username == username)
            ).scalar_one_or_none()
            if account is None:
                return SignInResult(ok=False)
            try:
                _hasher.verify(account.password_hash, password)
            except (VerifyMismatchError, InvalidHashError):
                return SignInResult(ok=False)
            if _hasher.check_needs_rehash(account.password_hash):
                account.password_hash = _hasher.hash(password)
            account.last_login_at = datetime.now(timezone.utc)
            db.commit()
            return SignInResult(ok=True, user_id=account.id, role=account.role)

    def reset_password(self, account_id: int, new_password: str) -> None:
        with Session(self._engine) as db:
            account = db.get(StaffAccount, account_id)
            if account is None:
                raise KeyError(account_id)
            account.password_hash = _hasher.hash(new_password)
            db.commit()
