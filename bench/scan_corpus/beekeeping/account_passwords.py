"""Password storage helpers for beekeeper accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` so the
iteration count can be raised later without breaking existing logins.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
# tuned on the t3.small API nodes, login p95 was suffering at higher values
DEFAULT_ITERATIONS = 150_000


@dataclass(frozen=True)
class PasswordRecord:
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "pbkdf2_{}${}${}${}".format(
            HASH_NAME,
            self.iterations,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "PasswordRecord":
        _algo, iterations, salt, digest = value.split("$")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    return PasswordRecord(iterations, salt, _derive(password, salt, iterations)).encode()


def verify_password(password: str, stored: str) -> bool:
    record = PasswordRecord.decode(stored)
    candidate = _derive(password, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return PasswordRecord.decode(stored).iterations < DEFAULT_ITERATIONS
