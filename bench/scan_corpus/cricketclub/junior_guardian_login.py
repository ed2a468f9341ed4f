"""Parent and guardian accounts for the junior section (consent forms, availability)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from hashlib import sha256 as _digest
from hmac import compare_digest
from typing import Optional

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Session


class Base(DeclarativeBase):
    pass


class Guardian(Base):
    __tablename__ = "guardians"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    phone = Column(String(32))
    password_salt = Column(String(64), nullable=False)
    password_hash = Column(String(128), nullable=False)


class GuardianCredentials:
    """Helpers for storing and checking guardian passwords."""

    @staticmethod
    def derive(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    @classmethod
    def new(cls, password: str) -> tuple[str, str]:
        salt = secrets.token_hex(16)
        return salt, cls.derive(password, salt)

    @classmethod
    def matches(cls, guardian: Guardian, password: str) -> bool:
        candidate = cls.derive(password, guardian.password_salt)
        return compare_digest(candidate, guardian.password_hash)


@dataclass
class GuardianAccounts:
    session: Session

    def find(self, email: str) -> Optional[Guardian]:
        stmt = select(Guardian).where(Guardian.email == email.strip().lower())
        return self.session.scalars(stmt).first()

    def register(self, email: str, full_name: str, password: str, phone: str = "") -> Guardian:
        if self.find(email) is not None:
            raise ValueError("A guardian account already exists for this email")
        if len(password) < 10:
            raise ValueError("Password must be at least 10 characters")
        salt, digest = GuardianCredentials.new(password)
        guardian = Guardian(
            email=email.strip().lower(),
            full_name=full_name.strip(),
            phone=phone.strip() or None,
            password_salt=salt,
            password_hash=digest,
        )
        self.session.add(guardian)
        self.session.commit()
        return guardian

    def authenticate(self, email: str, password: str) -> Optional[Guardian]:
        guardian = self.find(email)
        if guardian is None:
            return None
        if not GuardianCredentials.matches(guardian, password):
            return None
        return guardian

    def change_password(self, guardian: Guardian, old: str, new: str) -> None:
        if not GuardianCredentials.matches(guardian, old):
            raise PermissionError("Current password is incorrect")
        guardian.password_salt, guardian.password_hash = GuardianCredentials.new(new)
        self.session.commit()
