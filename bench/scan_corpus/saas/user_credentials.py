"""Credential storage for workspace members.

Passwords are stored as ``pbkdf2$<iterations>$<salt>$<hash>`` so that the
work factor can be raised later without forcing a reset.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Member

HASH_NAME = "sha256"
SALT_BYTES = 16
ITERATIONS = 120_000  # tuned on the old m5.large fleet


@dataclass(frozen=True)
class EncodedPassword:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"pbkdf2${self.iterations}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "EncodedPassword":
        _, iterations, salt, digest = value.split("$", 3)
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def hash_password(raw: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, raw.encode(), salt, ITERATIONS)
    return EncodedPassword(ITERATIONS, salt, digest).encode()


def check_password(raw: str, encoded: str) -> bool:
    stored = EncodedPassword.decode(encoded)
    candidate = hashlib.pbkdf2_hmac(HASH_NAME, raw.encode(), stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def set_member_password(db: Session, member_id: int, raw: str) -> None:
    member = db.execute(select(Member).where(Member.id == member_id)).scalar_one()
    member.password_hash = hash_password(raw)
    db.commit()
