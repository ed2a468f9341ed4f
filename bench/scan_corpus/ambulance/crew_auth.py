"""Crew portal credential hashing.

Crew members sign in to the rostering portal with their staff number and a
password. Encoded hashes live in the ``crew_credentials`` table and are
re-hashed on login whenever the stored round count differs from the current
setting.
"""
import base64
import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
# Tuned against the station kiosk PCs so that sign-in stays under 150 ms.
PBKDF2_ROUNDS = 120_000
FORMAT_PREFIX = "pbkdf2_sha256"


@dataclass(frozen=True)
class StoredHash:
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                FORMAT_PREFIX,
                str(self.rounds),
                base64.b64encode(self.salt).decode("ascii"),
                base64.b64encode(self.digest).decode("ascii"),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredHash":
        prefix, rounds, salt, digest = value.split("$")
        if prefix != FORMAT_PREFIX:
            raise ValueError(f"unsupported hash format: {prefix}")
        return cls(int(rounds), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return _hl.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_crew_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return StoredHash(PBKDF2_ROUNDS, salt, digest).encode()


def verify_crew_password(password: str, encoded: str) -> bool:
    stored = StoredHash.decode(encoded)
    candidate = _derive(password, stored.salt, stored.rounds)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return StoredHash.decode(encoded).rounds != PBKDF2_ROUNDS
