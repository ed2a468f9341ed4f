"""Account storage for the bindery's self-service ordering portal."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashSettings:
    """Key-derivation parameters shared by the portal and the staff console."""

    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    salt = Column(String(64), nullable=False)
    password_hash = Column(String(128), nullable=False)


class AccountStore:
    """Creates and checks customer logins for print-on-demand orders."""

    def __init__(self, dsn: str, settings: Optional[HashSettings] = None) -> None:
        self.engine = create_engine(dsn, future=True)
        self.settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes) -> bytes:
        cfg = self.settings
        return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)

    def register(self, email: str, password: str) -> int:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt)
        with Session(self.engine) as session:
            account = PortalAccount(
                email=email.lower().strip(),
                salt=salt.hex(),
                password_hash=digest.hex(),
            )
            session.add(account)
            session.commit()
            return account.id

    def authenticate(self, email: str, password: str) -> bool:
        with Session(self.engine) as session:
            account = session.scalars(
                select(PortalAccount).where(PortalAccount.email == email.lower().strip())
            ).first()
        if account is None:
            return False
        candidate = self._derive(password, bytes.fromhex(account.salt))
        return hmac.compare_digest(candidate.hex(), account.password_hash)
