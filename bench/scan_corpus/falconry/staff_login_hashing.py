"""Password handling for staff and volunteer logins to the records system.

Falconers, keepers and volunteer handlers each have an account; roles decide
who can edit weights, medication and licence paperwork.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Boolean, Column, Integer, LargeBinary, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 12


POLICY = PasswordPolicy()


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(20), nullable=False, default="volunteer")
    password_hash = Column(LargeBinary(60), nullable=False)
    active = Column(Boolean, nullable=False, default=True)


class StaffPasswords:
    def __init__(self, session: Session, policy: PasswordPolicy = POLICY) -> None:
        self._session = session
        self._policy = policy

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self._policy.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def create(self, username: str, password: str, role: str = "volunteer") -> StaffUser:
        if len(password) < self._policy.min_length:
            raise ValueError(f"password must be at least {self._policy.min_length} characters")
        user = StaffUser(username=username.lower(), role=role,
                         password_hash=self._hash(password))
        self._session.add(user)
        self._session.commit()
        return user

    def verify(self, username: str, password: str) -> Optional[StaffUser]:
        user = self._session.execute(
            select(StaffUser).where(StaffUser.username == username.lower(),
                                    StaffUser.active.is_(True))
        ).scalar_one_or_none()
        if user is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), user.password_hash):
            return None
        return user

    def reset(self, user: StaffUser, new_password: str) -> None:
        if len(new_password) < self._policy.min_length:
            raise ValueError("password too short")
        user.password_hash = self._hash(new_password)
        self._session.commit()
