"""Wine club member accounts: persistence model and credential helpers."""

import hashlib
import hmac
import os
from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

from vintner.config import settings

Base = declarative_base()


class ClubMember(Base):
    __tablename__ = "club_members"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    full_name = Column(String(200), nullable=False)
    tier = Column(String(32), default=settings.DEFAULT_CLUB_TIER)
    password_salt = Column(String(64), nullable=False)
    password_digest = Column(String(128), nullable=False)
    is_active = Column(Boolean, default=True)
    joined_at = Column(DateTime, default=datetime.utcnow)

    @staticmethod
    def _digest(salt: str, raw_password: str) -> str:
        material = f"{salt}:{raw_password}".encode("utf-8")
        return hashlib.sha256(material).hexdigest()

    def set_password(self, raw_password: str) -> None:
        if len(raw_password) < settings.MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        self.password_salt = os.urandom(16).hex()
        self.password_digest = self._digest(self.password_salt, raw_password)

    def check_password(self, raw_password: str) -> bool:
        if not self.is_active:
            return False
        candidate = self._digest(self.password_salt, raw_password)
        return hmac.compare_digest(candidate, self.password_digest)

    def upgrade_tier(self, new_tier: str) -> None:
        if new_tier not in settings.CLUB_TIERS:
            raise ValueError(f"unknown club tier {new_tier!r}")
        self.tier = new_tier

    def __repr__(self) -> str:
        return f"<ClubMember {self.id} {self.email} tier={self.tier}>"
