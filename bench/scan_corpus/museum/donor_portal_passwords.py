"""Password hashing for the donor portal.

Stored format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so that the
iteration count can be raised later without invalidating existing hashes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 870_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(dk)}"


def _split(encoded: str) -> tuple[str, int, bytes, bytes] | None:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
        return algorithm, int(iterations), base64.b64decode(salt_b64), base64.b64decode(hash_b64)
    except ValueError:
        return None


def verify_password(password: str, encoded: str) -> bool:
    parts = _split(encoded)
    if parts is None:
        return False
    algorithm, iterations, salt, expected = parts
    if algorithm != ALGORITHM:
        return False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(dk, expected)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with fewer iterations than today's setting."""
    parts = _split(encoded)
    return parts is None or parts[1] < ITERATIONS
