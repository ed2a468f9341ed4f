"""Password storage for paywall subscriber accounts.

Hashes are stored as ``pbkdf2_sha256$<rounds>$<salt_hex>$<hash_hex>`` so the
work factor can be raised later without breaking existing logins.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
SALT_BYTES = 16

# Tuned on the checkout pods so login stays under ~80ms at peak traffic.
PBKDF2_ROUNDS = 100_000


@dataclass
class StoredPassword:
    rounds: int
    salt: bytes
    digest: bytes

    def serialize(self) -> str:
        return f"{ALGORITHM}${self.rounds}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def parse(cls, value: str) -> "StoredPassword":
        algorithm, rounds, salt_hex, digest_hex = value.split("$")
        if algorithm != ALGORITHM:
            raise ValueError(f"unsupported hash algorithm: {algorithm}")
        return cls(int(rounds), bytes.fromhex(salt_hex), bytes.fromhex(digest_hex))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return StoredPassword(PBKDF2_ROUNDS, salt, digest).serialize()


def verify_password(password: str, stored: str) -> bool:
    record = StoredPassword.parse(stored)
    candidate = _derive(password, record.salt, record.rounds)
    return hmac.compare_digest(candidate, record.digest)


def needs_rehash(stored: str) -> bool:
    return StoredPassword.parse(stored).rounds < PBKDF2_ROUNDS
