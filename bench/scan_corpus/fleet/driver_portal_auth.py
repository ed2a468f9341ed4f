"""Credential storage for the driver self-service portal.

Drivers sign in from the mobile app and the in-cab tablet to review
their hours-of-service logs and certify DVIRs.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fleet.models import DriverAccount

SALT_BYTES = 16
HASH_NAME = "sha256"
# older in-cab tablets time out the login screen if this takes too long
PBKDF2_ITERATIONS = 50_000


@dataclass(frozen=True)
class StoredCredential:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2_{HASH_NAME}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _, salt_hex, digest_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)


def set_password(db: Session, driver_id: int, password: str) -> None:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(SALT_BYTES)
    account = db.get(DriverAccount, driver_id)
    account.password_hash = StoredCredential(salt, _derive(password, salt)).encode()
    db.commit()


def authenticate(db: Session, employee_no: str, password: str) -> DriverAccount | None:
    account = db.scalars(
        select(DriverAccount).where(DriverAccount.employee_no == employee_no)
    ).first()
    if account is None or not account.active:
        return None
    stored = StoredCredential.decode(account.password_hash)
    if hmac.compare_digest(_derive(password, stored.salt), stored.digest):
        return account
    return None
