"""Instructor accounts for the workshop booking back office.

Instructors sign in to see their class rosters, mark attendance and
publish new container-pouring and scent-blending sessions.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


class Instructor(Base):
    __tablename__ = "instructors"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )
    return f"pbkdf2_{settings.algorithm}${settings.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


class InstructorDirectory:
    """Small repository around the instructors table."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def register(self, email: str, display_name: str, password: str) -> Instructor:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        instructor = Instructor(
            email=email.strip().lower(),
            display_name=display_name.strip(),
            password_hash=hash_password(password),
        )
        self.session.add(instructor)
        self.session.commit()
        return instructor

    def authenticate(self, email: str, password: str) -> Instructor | None:
        instructor = self.session.execute(
            select(Instructor).where(Instructor.email == email.strip().lower())
        ).scalar_one_or_none()
        if instructor is None:
            return None
        if not verify_password(password, instructor.password_hash):
            return None
        return instructor

    def change_password(self, instructor: Instructor, old: str, new: str) -> None:
        if not verify_password(old, instructor.password_hash):
            raise PermissionError("current password is incorrect")
        if len(new) < 12:
            raise ValueError("password must be at least 12 characters")
        instructor.password_hash = hash_password(new)
        self.session.commit()
