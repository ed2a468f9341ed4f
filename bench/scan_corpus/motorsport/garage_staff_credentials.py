"""Credential store for garage crew accounts used on the pit-lane tablets."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


class CrewMember(Base):
    __tablename__ = "crew_members"

    id = Column(Integer, primary_key=True)
    badge_number = Column(String(16), unique=True, nullable=False)
    role = Column(String(32), nullable=False, default="mechanic")
    password_hash = Column(String(255), nullable=False)


class CrewCredentialStore:
    """Creates and checks crew passwords for the tablet login screen."""

    def __init__(self, database_url: str, policy: HashPolicy = HashPolicy()) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, self._policy.iterations
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "$".join(
            [self._policy.algorithm, str(self._policy.iterations),
             base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
        )

    def enrol(self, badge_number: str, password: str, role: str = "mechanic") -> None:
        salt = os.urandom(self._policy.salt_bytes)
        record = CrewMember(
            badge_number=badge_number,
            role=role,
            password_hash=self._encode(salt, self._derive(password, salt)),
        )
        with Session(self._engine) as session:
            session.add(record)
            session.commit()

    def check(self, badge_number: str, password: str) -> Optional[str]:
        with Session(self._engine) as session:
            member = session.scalars(
                select(CrewMember).where(CrewMember.badge_number == badge_number)
            ).first()
        if member is None:
            return None
        _, _, salt_b64, digest_b64 = member.password_hash.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        if hmac.compare_digest(candidate, base64.b64decode(digest_b64)):
            return member.role
        return None
