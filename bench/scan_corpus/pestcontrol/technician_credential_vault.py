"""Credential vault for back-office dispatchers and technicians."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class StaffLogin(Base):
    __tablename__ = "staff_logins"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))


@dataclass(frozen=True)
class VaultSettings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class CredentialVault:
    def __init__(self, session: Session, settings: VaultSettings = VaultSettings()):
        self._db = session
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost_kib,
            parallelism=settings.parallelism,
        )

    def create(self, username: str, role: str, password: str) -> StaffLogin:
        login = StaffLogin(username=username, role=role,
                           password_hash=self._hasher.hash(password))
        self._db.add(login)
        self._db.commit()
        log.info("created %s login for %s", role, username)
        return login

    def verify(self, username: str, password: str) -> Optional[StaffLogin]:
        login = self._db.scalar(select(StaffLogin).where(StaffLogin.username == username))
        if login is None:
            return None
        try:
            self._hasher.verify(login.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(login.password_hash):
            login.password_hash = self._hasher.hash(password)
            self._db.commit()
        return login
