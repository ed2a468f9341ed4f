"""Password hashing helpers for the accounts service."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 120_000
SALT_BYTES = 16


def hash_password(password: str) -> str:
    """Return an encoded `algo$iterations$salt$hash` string for storage."""
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return "$".join(
        [
            f"pbkdf2_{PBKDF2_ALGORITHM}",
            str(PBKDF2_ITERATIONS),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    algo, iterations, salt_b64, hash_b64 = encoded.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    name = algo.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(name, password.encode(), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)
