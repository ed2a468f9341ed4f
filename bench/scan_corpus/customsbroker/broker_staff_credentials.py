"""Credential storage for licensed customs broker staff using the portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


@dataclass
class PortalSettings:
    database_url: str = os.environ.get("PORTAL_DB_URL", "sqlite:///portal.db")
    hashing: HashingSettings = field(default_factory=HashingSettings)


class StaffAccount(Base):
    __tablename__ = "staff_accounts"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    licence_number = Column(String(32))


class StaffCredentialService:
    """Creates staff accounts and checks their portal passwords."""

    def __init__(self, settings: PortalSettings) -> None:
        self.settings = settings
        self.engine = create_engine(settings.database_url)

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        cfg = self.settings.hashing
        return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode(), salt, rounds)

    def encode(self, password: str) -> str:
        rounds = self.settings.hashing.iterations
        salt = os.urandom(self.settings.hashing.salt_bytes)
        digest = self._derive(password, salt, rounds)
        return f"{rounds}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"

    def register(self, email: str, password: str, licence_number: str) -> int:
        with Session(self.engine) as session:
            account = StaffAccount(
                email=email.lower(),
                password_hash=self.encode(password),
                licence_number=licence_number,
            )
            session.add(account)
            session.commit()
            return account.id

    def check(self, email: str, password: str) -> bool:
        with Session(self.engine) as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.email == email.lower())
            ).first()
        if account is None:
            return False
        rounds, salt_b64, digest_b64 = account.password_hash.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
