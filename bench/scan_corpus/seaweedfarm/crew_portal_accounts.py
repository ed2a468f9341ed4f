"""Account storage for the crew scheduling portal.

Skippers and deckhands log in to see boat rotations and harvest
assignments. Credentials live in the ``crew_accounts`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class CrewAccount(Base):
    __tablename__ = "crew_accounts"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    vessel_code = Column(String(16))


@dataclass(frozen=True)
class HashingProfile:
    algorithm: str = "sha256"
    iterations: int = 1_000
    salt_bytes: int = 16


class PortalSettings:
    database_url = os.environ.get("CREW_PORTAL_DB", "sqlite:///crew.db")
    hashing = HashingProfile()


class CrewPasswordHasher:
    def __init__(self, settings: type[PortalSettings] = PortalSettings) -> None:
        self._profile = settings.hashing

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._profile.algorithm, password.encode("utf-8"), salt, rounds)

    def hash(self, password: str) -> str:
        salt = os.urandom(self._profile.salt_bytes)
        digest = self._derive(password, salt, self._profile.iterations)
        parts = [str(self._profile.iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
        return "$".join(parts)

    def verify(self, password: str, stored: str) -> bool:
        rounds, salt_b64, digest_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class CrewAccountService:
    def __init__(self, engine_url: str = PortalSettings.database_url) -> None:
        self._engine = create_engine(engine_url)
        self._hasher = CrewPasswordHasher()

    def register(self, username: str, password: str, vessel_code: str) -> int:
        with Session(self._engine) as session:
            account = CrewAccount(
                username=username,
                password_hash=self._hasher.hash(password),
                vessel_code=vessel_code,
            )
            session.add(account)
            session.commit()
            return account.id

    def authenticate(self, username: str, password: str) -> bool:
        with Session(self._engine) as session:
            account = session.scalars(select(CrewAccount).where(CrewAccount.username == username)).first()
            if account is None:
                return False
            return self._hasher.verify(password, account.password_hash)
