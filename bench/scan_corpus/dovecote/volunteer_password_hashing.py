"""Password hashing helpers shared by the volunteer and steward portals."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 720_000
SALT_BYTES = 16


@dataclass(frozen=True)
class EncodedHash:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{self.algorithm}${self.iterations}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "EncodedHash":
        algorithm, iterations, salt, digest = value.split("$", 3)
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str, iterations: int = DEFAULT_ITERATIONS) -> str:
    if len(password) < 10:
        raise ValueError("Passwords must be at least 10 characters")
    salt = os.urandom(SALT_BYTES)
    return EncodedHash(ALGORITHM, iterations, salt, _derive(password, salt, iterations)).encode()


def check_password(password: str, stored: str) -> bool:
    try:
        parsed = EncodedHash.decode(stored)
    except (ValueError, TypeError):
        return False
    if parsed.algorithm != ALGORITHM:
        return False
    candidate = _derive(password, parsed.salt, parsed.iterations)
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(stored: str) -> bool:
    try:
        parsed = EncodedHash.decode(stored)
    except (ValueError, TypeError):
        return True
    return parsed.algorithm != ALGORITHM or parsed.iterations < DEFAULT_ITERATIONS
