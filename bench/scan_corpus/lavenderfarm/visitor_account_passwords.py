"""Password handling for season-pass holders who log in to book timed field-walk slots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class SeasonPassHolder(Base):
    __tablename__ = "season_pass_holders"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    pass_number = Column(String(12), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


class VisitorPasswords:
    def __init__(self, settings: Argon2Settings = Argon2Settings()) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost_kib,
            parallelism=settings.parallelism,
            hash_len=settings.hash_len,
            salt_len=settings.salt_len,
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, holder: SeasonPassHolder, password: str, db: Session) -> bool:
        try:
            self._hasher.verify(holder.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(holder.password_hash):
            holder.password_hash = self._hasher.hash(password)
            db.commit()
        return True


PASSWORDS = VisitorPasswords()


def sign_up(db: Session, email: str, pass_number: str, password: str) -> SeasonPassHolder:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    holder = SeasonPassHolder(
        email=email.strip().lower(), pass_number=pass_number, password_hash=PASSWORDS.hash(password)
    )
    db.add(holder)
    db.commit()
    return holder


def sign_in(db: Session, email: str, password: str) -> Optional[SeasonPassHolder]:
    holder = db.scalar(
        select(SeasonPassHolder).where(SeasonPassHolder.email == email.strip().lower())
    )
    if holder is None or not PASSWORDS.verify(holder, password, db):
        return None
    return holder
