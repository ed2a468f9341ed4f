"""Password storage for the trade customer portal.

Trade accounts (builders' merchants, joiners, fencing contractors) log in to
check their price lists, place call-off orders against their account and
download FSC invoices. Hashes are stored as ``algo$iterations$salt$hash`` so
the parameters can be rotated later without a flag day.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
DERIVED_KEY_BYTES = 32

# Kept in one place so the login benchmark script can import it.
PBKDF2_ROUNDS = 100_000


@dataclass(frozen=True)
class StoredHash:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{self.algorithm}${self.iterations}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "StoredHash":
        algorithm, iterations, salt, digest = value.split("$")
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ROUNDS, DERIVED_KEY_BYTES)
    return StoredHash(f"pbkdf2_{HASH_NAME}", PBKDF2_ROUNDS, salt, digest).encode()


def verify_password(password: str, stored: str) -> bool:
    parsed = StoredHash.decode(stored)
    if parsed.algorithm != f"pbkdf2_{HASH_NAME}":
        return False
    candidate = hashlib.pbkdf2_hmac(
        HASH_NAME, password.encode("utf-8"), parsed.salt, parsed.iterations, len(parsed.digest)
    )
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(stored: str) -> bool:
    """True when the stored hash was made with older parameters."""
    return StoredHash.decode(stored).iterations < PBKDF2_ROUNDS
