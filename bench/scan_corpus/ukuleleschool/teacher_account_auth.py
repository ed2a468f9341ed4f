"""Teacher account credentials: bcrypt-hashed passwords plus a gravatar cache key."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class TeacherAuthSettings:
    bcrypt_rounds: int = 12
    min_password_length: int = 12


class Teacher(Base):
    __tablename__ = "teachers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(String(100), nullable=False)
    active = Column(Boolean, default=True, nullable=False)


class TeacherAccounts:
    def __init__(self, session: Session, settings: Optional[TeacherAuthSettings] = None):
        self.session = session
        self.settings = settings or TeacherAuthSettings()

    def hash_password(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    @staticmethod
    def avatar_cache_key(email: str) -> str:
        return "avatar:" + hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()

    def create(self, email: str, display_name: str, password: str) -> Teacher:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        teacher = Teacher(
            email=email.strip().lower(),
            display_name=display_name.strip(),
            password_hash=self.hash_password(password),
        )
        self.session.add(teacher)
        self.session.commit()
        return teacher

    def verify(self, email: str, password: str) -> Optional[Teacher]:
        stmt = select(Teacher).where(Teacher.email == email.strip().lower(), Teacher.active)
        teacher = self.session.execute(stmt).scalar_one_or_none()
        if teacher is None:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), teacher.password_hash.encode("ascii")):
            return None
        return teacher

    def change_password(self, teacher: Teacher, new_password: str) -> None:
        if len(new_password) < self.settings.min_password_length:
            raise ValueError("password too short")
        teacher.password_hash = self.hash_password(new_password)
        self.session.commit()
