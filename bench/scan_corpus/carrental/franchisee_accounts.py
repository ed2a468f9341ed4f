"""Account management for franchisee portal users.

Franchise owners and their branch staff sign in to the portal to manage
local fleet allocations and download settlement reports.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import FranchiseeUser

HASH_ALGORITHM = "sha256"
HASH_ITERATIONS = 100_000
SALT_BYTES = 16


@dataclass(frozen=True)
class PasswordRecord:
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                HASH_ALGORITHM,
                str(HASH_ITERATIONS),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_ALGORITHM, password.encode("utf-8"), salt, HASH_ITERATIONS)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(salt, _derive(password, salt)).encode()


def verify_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, digest_b64 = encoded.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def create_user(db: Session, franchise_id: str, email: str, password: str) -> FranchiseeUser:
    existing = db.scalar(select(FranchiseeUser).where(FranchiseeUser.email == email.lower()))
    if existing is not None:
        raise ValueError("a portal user with this email already exists")
    user = FranchiseeUser(
        franchise_id=franchise_id,
        email=email.lower(),
        password_hash=hash_password(password),
    )
    db.add(user)
    db.flush()
    return user
