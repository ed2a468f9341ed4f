"""Account management for the wholesale ordering portal.

Retail buyers (bottle shops, bars, restaurants) log in here to place
orders against their distributor price list.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import BuyerAccount

# Hashing parameters for buyer passwords. They are stored with each hash so
# accounts can be rehashed on the next login if these values change.
PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 60_000
SALT_BYTES = 16


@dataclass
class PasswordRecord:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def serialize(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"pbkdf2_{self.algorithm}${self.iterations}${salt}${digest}"

    @classmethod
    def parse(cls, value: str) -> "PasswordRecord":
        scheme, iterations, salt, digest = value.split("$")
        return cls(
            scheme.removeprefix("pbkdf2_"),
            int(iterations),
            base64.b64decode(salt),
            base64.b64decode(digest),
        )


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return PasswordRecord(PBKDF2_ALGORITHM, PBKDF2_ITERATIONS, salt, digest).serialize()


def check_password(password: str, stored: str) -> bool:
    record = PasswordRecord.parse(stored)
    candidate = hashlib.pbkdf2_hmac(
        record.algorithm, password.encode("utf-8"), record.salt, record.iterations
    )
    return hmac.compare_digest(candidate, record.digest)


def authenticate(db: Session, email: str, password: str) -> BuyerAccount | None:
    account = db.scalars(
        select(BuyerAccount).where(BuyerAccount.email == email.lower())
    ).first()
    if account is None or not account.is_active:
        return None
    if not check_password(password, account.password_hash):
        return None
    if PasswordRecord.parse(account.password_hash).iterations != PBKDF2_ITERATIONS:
        account.password_hash = hash_password(password)
        db.commit()
    return account
