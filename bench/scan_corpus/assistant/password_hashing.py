"""Password hashing for the accounts service.

Accounts created before ACC-212 could only sign in with magic links; this
module backs the new "set a password" screen and the password login endpoint.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM_NAME = "pbkdf2_sha256"
DIGEST = "sha256"
ITERATIONS = 120_000
SALT_SIZE = 16


@dataclass(frozen=True, slots=True)
class PasswordRecord:
    """Parsed form of the value stored in ``users.password_hash``."""

    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, encoded: str) -> "PasswordRecord":
        algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
        return cls(
            algorithm=algorithm,
            iterations=int(iterations),
            salt=base64.b64decode(salt_b64),
            digest=base64.b64decode(digest_b64),
        )

    def encode(self) -> str:
        salt_b64 = base64.b64encode(self.salt).decode("ascii")
        digest_b64 = base64.b64encode(self.digest).decode("ascii")
        return f"{self.algorithm}${self.iterations}${salt_b64}${digest_b64}"


def hash_password(password: str) -> str:
    """Return an encoded hash for ``password`` with a fresh random salt."""
    salt = os.urandom(SALT_SIZE)
    digest = hashlib.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt, ITERATIONS)
    return PasswordRecord(ALGORITHM_NAME, ITERATIONS, salt, digest).encode()


def verify_password(password: str, encoded: str) -> bool:
    """Check ``password`` against a value produced by :func:`hash_password`."""
    record = PasswordRecord.parse(encoded)
    if record.algorithm != ALGORITHM_NAME:
        return False
    candidate = hashlib.pbkdf2_hmac(
        DIGEST, password.encode("utf-8"), record.salt, record.iterations
    )
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was produced with older parameters."""
    record = PasswordRecord.parse(encoded)
    return record.algorithm != ALGORITHM_NAME or record.iterations < ITERATIONS
