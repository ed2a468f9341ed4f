"""Password storage for the customer app.

Passwords are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so that the
work factor can be raised later without breaking existing records.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 150_000
SALT_BYTES = 16


@dataclass(frozen=True)
class StoredPassword:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        algorithm, iterations, salt, digest = value.split("$", 3)
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int = DEFAULT_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    return StoredPassword(ALGORITHM, DEFAULT_ITERATIONS, salt, digest).encode()


def verify_password(password: str, encoded: str) -> bool:
    try:
        stored = StoredPassword.decode(encoded)
    except (ValueError, TypeError):
        return False
    if stored.algorithm != ALGORITHM:
        return False
    candidate = _derive(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    """True when the record was created with an older (lower) iteration count."""
    return StoredPassword.decode(encoded).iterations < DEFAULT_ITERATIONS
