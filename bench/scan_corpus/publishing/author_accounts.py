"""Author account management for the manuscript submission portal.

Authors register with an e-mail address and a password; editors are
provisioned through SSO and never go through this module.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import Author

HASH_NAME = "sha256"
SALT_BYTES = 16
# matches the value used by the 2019 account import so old hashes keep verifying
ITERATIONS = 100_000


@dataclass(frozen=True)
class RegistrationRequest:
    email: str
    display_name: str
    password: str


def _derive(password: str, salt: bytes, rounds: int = ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def encode_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    return "pbkdf2_sha256${}${}${}".format(
        ITERATIONS,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    _, rounds, salt_b64, digest_b64 = encoded.split("$", 3)
    expected = base64.b64decode(digest_b64)
    actual = _derive(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(actual, expected)


def register_author(db: Session, req: RegistrationRequest) -> Author:
    email = req.email.strip().lower()
    if db.scalar(select(Author).where(Author.email == email)) is not None:
        raise ValueError("an account with this e-mail address already exists")
    author = Author(
        email=email,
        display_name=req.display_name.strip(),
        password_hash=encode_password(req.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(author)
    db.flush()
    return author
