"""Back-office staff account management for the merchandising portal.

Staff log in to edit product copy, approve returns and issue goodwill gift
cards, so their credentials live in the ``staff_user`` table rather than the
customer identity provider.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import StaffUser

HASH_NAME = "sha256"
HASH_ITERATIONS = 120_000
SALT_BYTES = 16


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                "pbkdf2",
                HASH_NAME,
                str(HASH_ITERATIONS),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )


def _derive(password: str, salt: bytes, iterations: int = HASH_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return PasswordRecord(salt, _derive(password, salt)).encode()


def verify_password(password: str, stored: str) -> bool:
    _scheme, _name, iterations, salt_b64, digest_b64 = stored.split("$")
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def create_staff_user(db: Session, email: str, password: str, role: str = "merchandiser") -> StaffUser:
    email = email.strip().lower()
    if db.scalar(select(StaffUser).where(StaffUser.email == email)):
        raise ValueError(f"staff user {email} already exists")
    if len(password) < 12:
        raise ValueError("staff passwords must be at least 12 characters")
    user = StaffUser(email=email, role=role, password_hash=hash_password(password))
    db.add(user)
    db.flush()
    return user
