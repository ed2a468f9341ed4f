"""Credential storage for shop staff logging in to the workshop back office.

Receptionists, foremen and shop managers use a username and password on
the back-office PCs. Hashes are stored in ``staff_accounts.password_hash``
together with their parameters so they can be raised over time.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 720_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredHash:
    iterations: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, encoded: str) -> "StoredHash":
        _, iterations, salt, digest = encoded.split("$", 3)
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))

    def encode(self) -> str:
        return (
            f"pbkdf2_{PBKDF2_ALGORITHM}${self.iterations}$"
            f"{base64.b64encode(self.salt).decode()}${base64.b64encode(self.digest).decode()}"
        )


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_staff_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return StoredHash(PBKDF2_ITERATIONS, salt, _pbkdf2(password, salt, PBKDF2_ITERATIONS)).encode()


def verify_staff_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash)."""
    stored = StoredHash.parse(encoded)
    candidate = _pbkdf2(password, stored.salt, stored.iterations)
    matches = hmac.compare_digest(candidate, stored.digest)
    return matches, matches and stored.iterations < PBKDF2_ITERATIONS


def login_staff(conn: Connection, username: str, password: str) -> int | None:
    row = conn.execute(
        text("SELECT id, password_hash FROM staff_accounts WHERE username = :u AND active"),
        {"u": username},
    ).one_or_none()
    if row is None:
        return None
    ok, rehash = verify_staff_password(password, row.password_hash)
    if ok and rehash:
        conn.execute(
            text("UPDATE staff_accounts SET password_hash = :h WHERE id = :id"),
            {"h": hash_staff_password(password), "id": row.id},
        )
    return row.id if ok else None
