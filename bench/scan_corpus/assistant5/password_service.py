"""Password hashing and verification for local accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 100_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


class PasswordPolicyError(ValueError):
    pass


@dataclass(frozen=True)
class EncodedHash:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"{self.algorithm}${self.iterations}${salt}${digest}"

    @classmethod
    def parse(cls, value: str) -> "EncodedHash":
        algorithm, iterations, salt, digest = value.split("$", 3)
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    return str(EncodedHash(ALGORITHM, PBKDF2_ITERATIONS, salt, _derive(password, salt, PBKDF2_ITERATIONS)))


def verify_password(password: str, encoded: str) -> bool:
    stored = EncodedHash.parse(encoded)
    if stored.algorithm != ALGORITHM:
        return False
    candidate = _derive(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return EncodedHash.parse(encoded).iterations < PBKDF2_ITERATIONS
