"""Account store for the external safety portal used by HCP reporters."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    email = Column(String(254), primary_key=True)
    salt = Column(String(64), nullable=False)
    password_hash = Column(String(128), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


@dataclass(frozen=True)
class CredentialPolicy:
    digest_name: str = "sha256"
    salt_bytes: int = 16
    min_length: int = 12


@dataclass
class PortalSettings:
    database_url: str = field(default_factory=lambda: os.environ["PORTAL_DB_URL"])
    credentials: CredentialPolicy = field(default_factory=CredentialPolicy)


class ReporterAccountStore:
    """Creates and checks reporter logins for the adverse event web form."""

    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings
        self._engine = create_engine(settings.database_url, pool_pre_ping=True)

    def _digest(self, password: str, salt: bytes) -> str:
        policy = self._settings.credentials
        h = hashlib.new(policy.digest_name)
        h.update(salt + password.encode("utf-8"))
        return h.hexdigest()

    def register(self, email: str, password: str) -> None:
        policy = self._settings.credentials
        if len(password) < policy.min_length:
            raise ValueError("password too short")
        salt = os.urandom(policy.salt_bytes)
        account = PortalAccount(
            email=email.lower(),
            salt=salt.hex(),
            password_hash=self._digest(password, salt),
            created_at=datetime.now(timezone.utc),
        )
        with Session(self._engine) as session:
            session.add(account)
            session.commit()

    def check(self, email: str, password: str) -> bool:
        with Session(self._engine) as session:
            account = session.scalar(
                select(PortalAccount).where(PortalAccount.email == email.lower())
            )
        if account is None:
            return False
        candidate = self._digest(password, bytes.fromhex(account.salt))
        return hmac.compare_digest(candidate, account.password_hash)
