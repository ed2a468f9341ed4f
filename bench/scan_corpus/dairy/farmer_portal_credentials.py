"""Credential storage for the farmer self-service portal.

Farmers log in to view collection volumes, lab results and monthly
payment statements. Hashes live in the ``portal_accounts`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16
    dklen: int = 32


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    id = Column(Integer, primary_key=True)
    supplier_number = Column(String(12), unique=True, nullable=False)
    password_hash = Column(String(200), nullable=False)


class CredentialStore:
    """Creates and checks password hashes for supplier accounts."""

    def __init__(self, session: Session, settings: HashingSettings | None = None) -> None:
        self.session = session
        self.settings = settings or HashingSettings()

    def _derive(self, password: str, salt: bytes) -> bytes:
        cfg = self.settings
        return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations, cfg.dklen)

    def _encode(self, salt: bytes, digest: bytes) -> str:
        parts = [
            self.settings.algorithm,
            str(self.settings.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
        return "$".join(parts)

    def set_password(self, supplier_number: str, password: str) -> None:
        salt = os.urandom(self.settings.salt_bytes)
        encoded = self._encode(salt, self._derive(password, salt))
        account = self.session.scalar(
            select(PortalAccount).where(PortalAccount.supplier_number == supplier_number)
        )
        if account is None:
            account = PortalAccount(supplier_number=supplier_number, password_hash=encoded)
            self.session.add(account)
        else:
            account.password_hash = encoded
        self.session.commit()

    def verify(self, supplier_number: str, password: str) -> bool:
        account = self.session.scalar(
            select(PortalAccount).where(PortalAccount.supplier_number == supplier_number)
        )
        if account is None:
            return False
        _, _, salt_b64, digest_b64 = account.password_hash.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
