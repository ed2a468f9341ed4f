"""Password hashing for owner portal accounts.

Replaces the legacy salted-digest scheme. Old hashes are upgraded the next
time the owner signs in successfully.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Session

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class OwnerLogin(Base):
    __tablename__ = "owner_logins"

    owner_id = Column(Integer, primary_key=True)
    member_number = Column(String(20), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class OwnerPasswordService:
    def __init__(self, session: Session, settings: Argon2Settings = Argon2Settings()) -> None:
        self._session = session
        self._hasher = PasswordHasher(time_cost=settings.time_cost, memory_cost=settings.memory_cost_kib, parallelism=settings.parallelism)

    def set_password(self, owner_id: int, password: str) -> None:
        login = self._session.get(OwnerLogin, owner_id)
        if login is None:
            raise LookupError(f"no login for owner {owner_id}")
        login.password_hash = self._hasher.hash(password)
        self._session.commit()

    def authenticate(self, member_number: str, password: str) -> int | None:
        login = self._session.execute(
            select(OwnerLogin).where(OwnerLogin.member_number == member_number)
        ).scalar_one_or_none()
        if login is None:
            return None
        try:
            self._hasher.verify(login.password_hash, password)
        except (VerificationError, InvalidHashError):
            log.info("failed sign-in for member %s", member_number)
            return None
        if self._hasher.check_needs_rehash(login.password_hash):
            login.password_hash = self._hasher.hash(password)
            self._session.commit()
        return login.owner_id
