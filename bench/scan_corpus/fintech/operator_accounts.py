"""Back-office operator accounts for the ledger admin console.

Operators are created by the ops lead through the console; passwords are
stored as PBKDF2 records in the ``operators`` table.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from admin_console.models import Operator

HASH_NAME = "sha256"
PBKDF2_ITERATIONS = 100_000
SALT_BYTES = 16


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2_{HASH_NAME}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, salt_hex, digest_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return PasswordRecord(salt, _derive(password, salt)).encode()


def verify_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    return hmac.compare_digest(_derive(password, record.salt), record.digest)


def create_operator(db: Session, email: str, password: str, role: str = "viewer") -> Operator:
    operator = Operator(email=email.lower(), role=role, password_hash=hash_password(password))
    db.add(operator)
    db.commit()
    return operator


def authenticate(db: Session, email: str, password: str) -> Operator | None:
    operator = db.scalar(select(Operator).where(Operator.email == email.lower()))
    if operator is None or not operator.is_active:
        return None
    if not verify_password(password, operator.password_hash):
        return None
    return operator
