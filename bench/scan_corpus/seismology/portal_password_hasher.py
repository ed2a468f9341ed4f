"""Password hashing for research-portal accounts.

Parameters follow current OWASP guidance for PBKDF2-HMAC-SHA256. Hashes are
stored in a self-describing format so the cost can be raised later without a
schema change; accounts below the current cost are re-hashed at next login.
"""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = hl.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(digest, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    try:
        _, iterations, _, _ = encoded.split("$", 3)
    except ValueError:
        return True
    return int(iterations) < ITERATIONS
