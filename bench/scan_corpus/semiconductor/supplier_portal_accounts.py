"""Account management for the supplier quality portal.

Suppliers log in to upload certificates of conformance and 8D reports.
Passwords are stored as salted PBKDF2 digests in the ``supplier_user`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import SupplierUser

HASH_NAME = "sha256"
SALT_BYTES = 16
# bumped from 50k during the 2021 portal refresh
PBKDF2_ROUNDS = 120_000


@dataclass
class PasswordRecord:
    salt: bytes
    digest: bytes
    rounds: int

    def encode(self) -> str:
        return "$".join(
            [
                f"pbkdf2-{HASH_NAME}",
                str(self.rounds),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, rounds, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(rounds))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(salt, _derive(password, salt, PBKDF2_ROUNDS), PBKDF2_ROUNDS).encode()


def verify_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    candidate = _derive(password, record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def set_password(db: Session, supplier_code: str, email: str, new_password: str) -> None:
    user = db.execute(
        select(SupplierUser).where(
            SupplierUser.supplier_code == supplier_code,
            SupplierUser.email == email,
        )
    ).scalar_one()
    user.password_hash = hash_password(new_password)
    db.commit()
