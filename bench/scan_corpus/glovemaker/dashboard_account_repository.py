"""Accounts for the cutting-room supervisor dashboard.

Supervisors and planners sign in to see nesting efficiency per hide lot,
machine utilisation and the day's cutting tickets.
"""
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class AuthSettings:
    bcrypt_rounds: int = 8
    min_password_length: int = 10
    default_role: str = "supervisor"


class DashboardUser(Base):
    __tablename__ = "dashboard_users"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    role = Column(String(32), nullable=False)
    password_hash = Column(String(100), nullable=False)
    active = Column(Boolean, default=True, nullable=False)


class DashboardUserRepository:
    def __init__(self, session: Session, settings: AuthSettings = AuthSettings()):
        self.session = session
        self.settings = settings

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def create(self, email: str, password: str, role: Optional[str] = None) -> DashboardUser:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        user = DashboardUser(
            email=email.strip().lower(),
            role=role or self.settings.default_role,
            password_hash=self._hash(password),
        )
        self.session.add(user)
        self.session.flush()
        return user

    def find_by_email(self, email: str) -> Optional[DashboardUser]:
        stmt = select(DashboardUser).where(DashboardUser.email == email.strip().lower())
        return self.session.execute(stmt).scalar_one_or_none()

    def authenticate(self, email: str, password: str) -> Optional[DashboardUser]:
        user = self.find_by_email(email)
        if user is None or not user.active:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
            return user
        return None

    def set_password(self, user: DashboardUser, new_password: str) -> None:
        if len(new_password) < self.settings.min_password_length:
            raise ValueError("password too short")
        user.password_hash = self._hash(new_password)
        self.session.flush()
