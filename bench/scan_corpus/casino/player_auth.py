"""Password hashing and verification for player accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so
that the iteration count can be raised later without a schema migration.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 120_000
SALT_BYTES = 16


@dataclass(frozen=True)
class EncodedHash:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "pbkdf2_{}${}${}${}".format(
            PBKDF2_ALGORITHM,
            self.iterations,
            base64.b64encode(self.salt).decode("ascii"),
            base64.b64encode(self.digest).decode("ascii"),
        )

    @classmethod
    def decode(cls, value: str) -> "EncodedHash":
        scheme, iterations, salt_b64, digest_b64 = value.split("$")
        if scheme != f"pbkdf2_{PBKDF2_ALGORITHM}":
            raise ValueError(f"unsupported hash scheme {scheme!r}")
        return cls(int(iterations), base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return EncodedHash(PBKDF2_ITERATIONS, salt, digest).encode()


def verify_password(password: str, stored: str) -> bool:
    try:
        parsed = EncodedHash.decode(stored)
    except ValueError:
        return False
    candidate = _derive(password, parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(stored: str) -> bool:
    """True when the stored hash was produced with fewer iterations than today."""
    return EncodedHash.decode(stored).iterations < PBKDF2_ITERATIONS
