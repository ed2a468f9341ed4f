"""Credential hashing for coaches who log in to the lesson planner."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import NamedTuple

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = int(os.environ.get("COACH_PBKDF2_ITERATIONS", "600000"))
MIN_ITERATIONS = 600_000


class EncodedHash(NamedTuple):
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def serialise(self) -> str:
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def parse(cls, encoded: str) -> "EncodedHash":
        algorithm, iterations, salt, digest = encoded.split("$", 3)
        return cls(
            algorithm,
            int(iterations),
            base64.b64decode(salt),
            base64.b64decode(digest),
        )


def hash_coach_password(password: str, *, iterations: int = ITERATIONS) -> str:
    iterations = max(iterations, MIN_ITERATIONS)
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return EncodedHash(ALGORITHM, iterations, salt, digest).serialise()


def check_coach_password(password: str, encoded: str) -> bool:
    stored = EncodedHash.parse(encoded)
    if stored.algorithm != ALGORITHM:
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), stored.salt, stored.iterations
    )
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return EncodedHash.parse(encoded).iterations < ITERATIONS
