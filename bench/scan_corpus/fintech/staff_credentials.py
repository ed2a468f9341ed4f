"""Password storage for branch staff accounts in the teller back office.

Records are self-describing (algorithm, iterations, salt, digest) so the
iteration count can be raised later without invalidating existing hashes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
DIGEST = "sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(raw_password: str, *, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(DIGEST, raw_password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, digest = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = hashlib.pbkdf2_hmac(DIGEST, raw_password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(candidate, _unb64(digest))


def needs_rehash(encoded: str) -> bool:
    algorithm, iterations, *_ = encoded.split("$")
    return algorithm != ALGORITHM or int(iterations) < ITERATIONS
