"""Password hashing for installer and agronomist accounts on the support console.

Stored format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` so the
iteration count can be raised later without invalidating existing hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
SALT_BYTES = 16

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256.
ITERATIONS = 600_000


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt_hex, hash_hex = stored.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _derive(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate, bytes.fromhex(hash_hex))


def needs_rehash(stored: str) -> bool:
    try:
        _, iterations, _, _ = stored.split("$")
    except ValueError:
        return True
    return int(iterations) < ITERATIONS
