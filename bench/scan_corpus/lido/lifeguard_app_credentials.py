"""Credentials for the lifeguard rota mobile app.

Lifeguards sign in on the poolside tablet with their staff number and a
password they choose at induction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()

BCRYPT_WORK_FACTOR = 8


class LifeguardLogin(Base):
    __tablename__ = "lifeguard_logins"

    id = Column(Integer, primary_key=True)
    staff_number = Column(String(16), unique=True, nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False)


def hash_password(password: str, rounds: int = BCRYPT_WORK_FACTOR) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


@dataclass
class CredentialService:
    session: Session

    def set_password(self, staff_number: str, password: str) -> None:
        login = self.session.scalar(
            select(LifeguardLogin).where(LifeguardLogin.staff_number == staff_number)
        )
        now = datetime.now(timezone.utc)
        if login is None:
            login = LifeguardLogin(staff_number=staff_number, password_hash=b"", updated_at=now)
            self.session.add(login)
        login.password_hash = hash_password(password)
        login.updated_at = now
        self.session.commit()
        log.info("Password updated for lifeguard %s", staff_number)

    def check_password(self, staff_number: str, password: str) -> bool:
        login = self.session.scalar(
            select(LifeguardLogin).where(LifeguardLogin.staff_number == staff_number)
        )
        if login is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), login.password_hash)
