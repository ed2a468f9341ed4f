"""Password handling for studio staff accounts.

Cartographers and project managers sign in to the internal job console.
Passwords are hashed with bcrypt; the cost factor lives in the settings
object so it can be raised without a code change.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


@dataclass(frozen=True)
class AuthSettings:
    database_url: str
    bcrypt_rounds: int = 12
    min_password_length: int = 12


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    role = Column(String(32), nullable=False, default="cartographer")


class StaffAuth:
    def __init__(self, settings: AuthSettings):
        self.settings = settings
        self.engine = create_engine(settings.database_url, pool_pre_ping=True)

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def register(self, username: str, password: str, role: str = "cartographer") -> int:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password is too short")
        user = StaffUser(username=username, password_hash=self._hash(password), role=role)
        with Session(self.engine) as session, session.begin():
            session.add(user)
            session.flush()
            return user.id

    def verify(self, username: str, password: str) -> StaffUser | None:
        with Session(self.engine) as session:
            user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
            if user is None:
                return None
            if bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
                session.expunge(user)
                return user
        log.info("failed staff sign-in for %s", username)
        return None

    def reset(self, user_id: int, new_password: str) -> None:
        if len(new_password) < self.settings.min_password_length:
            raise ValueError("password is too short")
        with Session(self.engine) as session, session.begin():
            user = session.get(StaffUser, user_id)
            if user is None:
                raise LookupError(user_id)
            user.password_hash = self._hash(new_password)
