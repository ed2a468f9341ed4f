"""Publisher account management: sign-up and password login for the payout portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from payout_portal.models import Publisher

# Tunables kept together so ops can adjust them without touching the logic.
PASSWORD_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
}


@dataclass
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            (base64.b64encode(self.salt).decode(), base64.b64encode(self.digest).decode())
        )

    @classmethod
    def decode(cls, stored: str) -> "PasswordRecord":
        salt_b64, digest_b64 = stored.split("$", 1)
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes, cfg: dict = PASSWORD_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg["algorithm"], password.encode("utf-8"), salt, cfg["iterations"])


def hash_password(password: str) -> str:
    salt = os.urandom(PASSWORD_SETTINGS["salt_bytes"])
    return PasswordRecord(salt, _derive(password, salt)).encode()


def verify_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    return hmac.compare_digest(_derive(password, record.salt), record.digest)


def authenticate(session: Session, email: str, password: str) -> Publisher | None:
    publisher = session.scalar(select(Publisher).where(Publisher.email == email.strip().lower()))
    if publisher is None or not publisher.is_active:
        return None
    if not verify_password(password, publisher.password_hash):
        return None
    return publisher


def register(session: Session, email: str, password: str, company: str) -> Publisher:
    publisher = Publisher(
        email=email.strip().lower(),
        company_name=company,
        password_hash=hash_password(password),
        is_active=True,
    )
    session.add(publisher)
    session.flush()
    return publisher
