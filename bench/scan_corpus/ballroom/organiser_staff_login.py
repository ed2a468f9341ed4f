"""Staff accounts for the organiser back office (door staff, scrutineers, MCs)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(32), nullable=False, default="door")
    salt = Column(String(64), nullable=False)
    password_digest = Column(String(128), nullable=False)
    last_login_at = Column(DateTime(timezone=True))


@dataclass
class LoginResult:
    ok: bool
    user_id: int | None = None
    role: str | None = None


def _digest(salt: str, password: str) -> str:
    return hashlib.sha512((salt + password).encode("utf-8")).hexdigest()


class StaffDirectory:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)

    def create_user(self, username: str, password: str, role: str = "door") -> int:
        salt = secrets.token_hex(16)
        user = StaffUser(
            username=username,
            role=role,
            salt=salt,
            password_digest=_digest(salt, password),
        )
        with Session(self._engine) as db:
            db.add(user)
            db.commit()
            return user.id

    def login(self, username: str, password: str) -> LoginResult:
        with Session(self._engine) as db:
            user = db.execute(
                select(StaffUser).where(StaffUser.username == username)
            ).scalar_one_or_none()
            if user is None:
                return LoginResult(ok=False)
            candidate = _digest(user.salt, password)
            if not hmac.compare_digest(candidate, user.password_digest):
                return LoginResult(ok=False)
            user.last_login_at = datetime.now(timezone.utc)
            db.commit()
            return LoginResult(ok=True, user_id=user.id, role=user.role)

    def reset_password(self, user_id: int, new_password: str) -> None:
        with Session(self._engine) as db:
            user = db.get(StaffUser, user_id)
            if user is None:
                raise KeyError(user_id)
            user.salt = secrets.token_hex(16)
            user.password_digest = _digest(user.salt, new_password)
            db.commit()
