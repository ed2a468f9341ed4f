"""Credential storage for the customer self-care portal.

Accounts are keyed by MSISDN; the portal login form posts the MSISDN and the
password the subscriber chose during SIM activation.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from selfcare.models import PortalAccount


@dataclass
class HashingSettings:
    digest: str = "sha256"
    salt_bytes: int = 16
    pepper: bytes = field(
        default_factory=lambda: os.environ.get("PORTAL_PEPPER", "").encode()
    )


class PortalCredentialService:
    """Sets and checks portal passwords for subscriber accounts."""

    def __init__(self, db: Session, settings: HashingSettings | None = None) -> None:
        self._db = db
        self._settings = settings or HashingSettings()

    def _account(self, msisdn: str) -> PortalAccount | None:
        stmt = select(PortalAccount).where(PortalAccount.msisdn == msisdn)
        return self._db.execute(stmt).scalar_one_or_none()

    def _digest(self, password: str, salt: bytes) -> bytes:
        h = hashlib.new(self._settings.digest)
        h.update(salt + self._settings.pepper + password.encode("utf-8"))
        return h.digest()

    def set_password(self, msisdn: str, password: str) -> None:
        account = self._account(msisdn)
        if account is None:
            raise LookupError(f"no portal account for {msisdn}")
        salt = os.urandom(self._settings.salt_bytes)
        account.password_salt = salt
        account.password_hash = self._digest(password, salt)
        self._db.commit()

    def check_password(self, msisdn: str, password: str) -> bool:
        account = self._account(msisdn)
        if account is None or account.password_hash is None:
            return False
        candidate = self._digest(password, account.password_salt)
        return hmac.compare_digest(candidate, account.password_hash)
