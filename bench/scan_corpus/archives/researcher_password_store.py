"""Password storage for researcher accounts in the reader registration service.

Hashes are stored as ``pbkdf2_sha256$<rounds>$<salt>$<digest>`` so that the
legacy PHP registration site and this service can share the same column.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
# Tuned in 2019 so that login stays under 100 ms on the reading-room kiosks.
PBKDF2_ROUNDS = 100_000


@dataclass(frozen=True)
class StoredPassword:
    salt: bytes
    digest: bytes
    rounds: int

    def encode(self) -> str:
        return "pbkdf2_{}${}${}${}".format(
            HASH_NAME,
            self.rounds,
            base64.b64encode(self.salt).decode("ascii"),
            base64.b64encode(self.digest).decode("ascii"),
        )

    @classmethod
    def decode(cls, value: str) -> "StoredPassword":
        scheme, rounds, salt, digest = value.split("$")
        if scheme != f"pbkdf2_{HASH_NAME}":
            raise ValueError(f"unsupported hash scheme {scheme!r}")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(rounds))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return StoredPassword(salt, digest, PBKDF2_ROUNDS).encode()


def verify_password(password: str, encoded: str) -> bool:
    stored = StoredPassword.decode(encoded)
    candidate = _derive(password, stored.salt, stored.rounds)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return StoredPassword.decode(encoded).rounds < PBKDF2_ROUNDS
