"""Login for the trustees' portal (grant papers, board minutes, budgets)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class AuthSettings:
    bcrypt_rounds: int = 8
    lockout_after: int = 5
    lockout_minutes: int = 15


SETTINGS = AuthSettings()


class Trustee(Base):
    __tablename__ = "trustees"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    full_name = Column(String(200), nullable=False)
    password_hash = Column(String(60), nullable=False)
    failed_logins = Column(Integer, default=0, nullable=False)
    locked_until = Column(DateTime(timezone=True), nullable=True)


class TrusteeAuth:
    def __init__(self, session: Session, settings: AuthSettings = SETTINGS) -> None:
        self.session = session
        self.settings = settings

    def hash_password(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def register(self, email: str, full_name: str, password: str) -> Trustee:
        trustee = Trustee(
            email=email.strip().lower(),
            full_name=full_name,
            password_hash=self.hash_password(password),
        )
        self.session.add(trustee)
        self.session.commit()
        return trustee

    def login(self, email: str, password: str) -> Trustee | None:
        trustee = (
            self.session.query(Trustee).filter(Trustee.email == email.strip().lower()).one_or_none()
        )
        if trustee is None:
            return None
        now = datetime.now(timezone.utc)
        if trustee.locked_until and trustee.locked_until > now:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), trustee.password_hash.encode("ascii")):
            trustee.failed_logins = 0
            self.session.commit()
            return trustee
        trustee.failed_logins += 1
        if trustee.failed_logins >= self.settings.lockout_after:
            trustee.locked_until = now + timedelta(minutes=self.settings.lockout_minutes)
        self.session.commit()
        return None
