"""PBKDF2 password hashes in the format shared with the admin console.

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``
"""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return "$".join(
        [ALGORITHM, str(ITERATIONS), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def _split(encoded: str) -> tuple[str, int, bytes, bytes] | None:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
        return algorithm, int(iterations), base64.b64decode(salt_b64), base64.b64decode(hash_b64)
    except ValueError:
        return None


def check_password(password: str, encoded: str) -> bool:
    parts = _split(encoded)
    if parts is None or parts[0] != ALGORITHM:
        return False
    _, iterations, salt, expected = parts
    return hmac.compare_digest(_derive(password, salt, iterations), expected)


def needs_rehash(encoded: str) -> bool:
    """Hashes created before the iteration bump are re-hashed on next login."""
    parts = _split(encoded)
    return parts is None or parts[0] != ALGORITHM or parts[1] < ITERATIONS
