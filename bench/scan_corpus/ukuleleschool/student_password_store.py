"""Password storage for student accounts on the ukulele school portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


class Student(Base):
    __tablename__ = "students"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)


class PasswordStore:
    """Encodes and checks student passwords in a self-describing format."""

    def __init__(self, session: Session, settings: Optional[HashSettings] = None):
        self.session = session
        self.settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def check(self, password: str, encoded: str) -> bool:
        try:
            _, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def register(self, email: str, display_name: str, password: str) -> Student:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        student = Student(
            email=email.strip().lower(),
            display_name=display_name.strip(),
            password_hash=self.encode(password),
        )
        self.session.add(student)
        self.session.commit()
        return student

    def authenticate(self, email: str, password: str) -> Optional[Student]:
        stmt = select(Student).where(Student.email == email.strip().lower())
        student = self.session.execute(stmt).scalar_one_or_none()
        if student is None:
            return None
        if not self.check(password, student.password_hash):
            return None
        return student
