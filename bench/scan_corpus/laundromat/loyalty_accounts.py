"""Account storage for the WashPoint loyalty app.

Members sign up in the mobile app with e-mail + password; the encoded hash
is stored on the member row in Postgres.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Member

HASH_ALGORITHM = "sha256"
HASH_ITERATIONS = 100_000
SALT_BYTES = 16


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "pbkdf2${}${}${}".format(
            HASH_ITERATIONS,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _, _iters, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_ALGORITHM, password.encode(), salt, HASH_ITERATIONS)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(salt, _derive(password, salt)).encode()


def check_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    return hmac.compare_digest(_derive(password, record.salt), record.digest)


def register_member(db: Session, email: str, password: str) -> Member:
    member = Member(email=email.strip().lower(), password_hash=hash_password(password))
    db.add(member)
    db.flush()
    return member


def authenticate(db: Session, email: str, password: str) -> Member | None:
    member = db.scalar(select(Member).where(Member.email == email.strip().lower()))
    if member is None or not check_password(password, member.password_hash):
        return None
    return member
