"""Password hashing for player accounts.

Hashes are stored as ``pbkdf2_sha256$<rounds>$<salt>$<digest>`` so the
round count can be raised later; ``needs_rehash`` is checked on login.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ROUNDS = 120_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


class PasswordPolicyError(ValueError):
    """Raised when a new password does not meet the account policy."""


@dataclass(frozen=True)
class StoredHash:
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{ALGORITHM}${self.rounds}${salt}${digest}"

    @classmethod
    def decode(cls, value: str) -> "StoredHash":
        algo, rounds, salt, digest = value.split("$")
        if algo != ALGORITHM:
            raise ValueError(f"unsupported hash algorithm {algo!r}")
        return cls(int(rounds), base64.b64decode(salt), base64.b64decode(digest))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return StoredHash(PBKDF2_ROUNDS, salt, digest).encode()


def verify_password(password: str, stored: str) -> bool:
    record = StoredHash.decode(stored)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return StoredHash.decode(stored).rounds < PBKDF2_ROUNDS
