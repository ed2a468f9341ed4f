"""Password hashing for creator studio accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<digest>`` so the
iteration count can be raised later without invalidating existing rows.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 100_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), _unb64(salt), int(iterations)
    )
    return hmac.compare_digest(digest, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with fewer rounds than today's default."""
    try:
        return int(encoded.split("$")[1]) < ITERATIONS
    except (IndexError, ValueError):
        return True
