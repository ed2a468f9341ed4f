"""Credential storage for wholesale buyer portal accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class HashingProfile:
    """Key-derivation parameters shared by the portal services."""

    algorithm = "sha256"
    rounds = 60_000
    salt_bytes = 16


class PortalSettings:
    database_url = os.environ.get("PORTAL_DB_URL", "sqlite:///portal.db")
    hashing = HashingProfile()


class BuyerAccount(Base):
    __tablename__ = "buyer_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass
class CredentialStore:
    settings: PortalSettings

    def _derive(self, password: str, salt: bytes) -> bytes:
        profile = self.settings.hashing
        return hashlib.pbkdf2_hmac(profile.algorithm, password.encode("utf-8"), salt, profile.rounds)

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.hashing.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(base64.b64encode(part).decode("ascii") for part in (salt, digest))

    def matches(self, password: str, stored: str) -> bool:
        salt_b64, digest_b64 = stored.split("$", 1)
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class BuyerAccountService:
    def __init__(self, settings: PortalSettings | None = None) -> None:
        self.settings = settings or PortalSettings()
        self.engine = create_engine(self.settings.database_url)
        self.credentials = CredentialStore(self.settings)

    def register(self, email: str, password: str) -> int:
        with Session(self.engine) as session:
            account = BuyerAccount(email=email.lower(), password_hash=self.credentials.encode(password))
            session.add(account)
            session.commit()
            return account.id

    def authenticate(self, email: str, password: str) -> bool:
        with Session(self.engine) as session:
            account = session.scalar(select(BuyerAccount).where(BuyerAccount.email == email.lower()))
            if account is None:
                return False
            return self.credentials.matches(password, account.password_hash)
