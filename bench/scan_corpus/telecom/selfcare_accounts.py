"""Account storage helpers for the customer self-care portal.

Subscribers log in with their account number (or e-mail) and a password
chosen during onboarding.  Hashes are stored in the ``portal_accounts``
table together with the salt and the iteration count, so the cost can be
raised later without forcing a reset.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

# Hashing parameters ---------------------------------------------------------
HASH_NAME = "sha256"
SALT_BYTES = 16
PBKDF2_ITERATIONS = 25_000
ENCODING_PREFIX = "pbkdf2_sha256"


@dataclass
class StoredCredential:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(self.salt).decode("ascii"),
                base64.b64encode(self.digest).decode("ascii"),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        algorithm, iterations, salt, digest = value.split("$")
        return cls(
            algorithm,
            int(iterations),
            base64.b64decode(salt),
            base64.b64decode(digest),
        )


def hash_portal_password(password: str) -> str:
    """Return the encoded credential string stored in ``portal_accounts.pw``."""
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return StoredCredential(ENCODING_PREFIX, PBKDF2_ITERATIONS, salt, digest).encode()


def check_portal_password(password: str, encoded: str) -> bool:
    stored = StoredCredential.decode(encoded)
    if stored.algorithm != ENCODING_PREFIX:
        return False
    candidate = hashlib.pbkdf2_hmac(
        HASH_NAME, password.encode("utf-8"), stored.salt, stored.iterations
    )
    return hmac.compare_digest(candidate, stored.digest)
