"""Password hashing for member app accounts, with transparent rehash on login."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger("laserquest.members")


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def build(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
        )


class Base(DeclarativeBase):
    pass


class MemberAccount(Base):
    __tablename__ = "member_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    callsign: Mapped[str] = mapped_column(String(24))
    pw_hash: Mapped[str] = mapped_column(String(200))


class MemberCredentials:
    def __init__(self, database_url: str, settings: Argon2Settings = Argon2Settings()) -> None:
        self._engine = create_engine(database_url)
        self._hasher = settings.build()

    def set_password(self, member_id: int, password: str) -> None:
        with Session(self._engine) as db:
            account = db.get(MemberAccount, member_id)
            if account is None:
                raise KeyError(member_id)
            account.pw_hash = self._hasher.hash(password)
            db.commit()

    def check(self, email: str, password: str) -> MemberAccount | None:
        with Session(self._engine) as db:
            account = db.scalars(
                select(MemberAccount).where(MemberAccount.email == email.lower())
            ).first()
            if account is None:
                return None
            try:
                self._hasher.verify(account.pw_hash, password)
            except (VerifyMismatchError, InvalidHashError):
                log.info("password mismatch for member %d", account.id)
                return None
            if self._hasher.check_needs_rehash(account.pw_hash):
                account.pw_hash = self._hasher.hash(password)
                db.commit()
            db.expunge(account)
            return account
