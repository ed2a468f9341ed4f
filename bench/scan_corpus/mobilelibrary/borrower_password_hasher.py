"""Password hashing for borrower accounts on the mobile library website."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import BorrowerAccount


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost_kib,
        parallelism=settings.parallelism,
        hash_len=settings.hash_len,
        salt_len=settings.salt_len,
    )


class BorrowerPasswords:
    def __init__(self, db: Session, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or build_hasher()

    def set_password(self, account_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self.db.execute(
            update(BorrowerAccount)
            .where(BorrowerAccount.id == account_id)
            .values(password_hash=self.hasher.hash(password))
        )
        self.db.commit()

    def verify(self, email: str, password: str) -> BorrowerAccount | None:
        account = self.db.execute(
            select(BorrowerAccount).where(
                BorrowerAccount.email == email.strip().lower(),
                BorrowerAccount.active.is_(True),
            )
        ).scalar_one_or_none()
        if account is None or not account.password_hash:
            return None
        try:
            self.hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self.hasher.hash(password)
            self.db.commit()
        return account
