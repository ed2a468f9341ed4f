"""Password storage for tannery staff logins (office, QA lab, dispatch)."""
from __future__ import annotations

import logging
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2, hash_len=32)


class StaffLogin(Base):
    __tablename__ = "staff_logins"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    department = Column(String(32), nullable=False)
    password_hash = Column(String(255), nullable=False)
    updated_at = Column(DateTime, server_default=func.now(), onupdate=func.now())


class PasswordStore:
    def __init__(self, session: Session, hasher: PasswordHasher = _hasher):
        self.session = session
        self.hasher = hasher

    def set_password(self, username: str, new_password: str) -> None:
        login = self._get(username)
        if login is None:
            raise LookupError(username)
        login.password_hash = self.hasher.hash(new_password)
        self.session.commit()
        log.info("password updated for %s", username)

    def authenticate(self, username: str, password: str) -> Optional[StaffLogin]:
        login = self._get(username)
        if login is None:
            return None
        try:
            self.hasher.verify(login.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(login.password_hash):
            login.password_hash = self.hasher.hash(password)
            self.session.commit()
        return login

    def _get(self, username: str) -> Optional[StaffLogin]:
        return self.session.query(StaffLogin).filter_by(username=username).one_or_none()
