"""Password storage for branch counter staff accounts.

Counter terminals authenticate staff against the central user table; the
hash format is shared with the franchisee portal so accounts can move
between the two.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from .settings import AUTH_SETTINGS

PBKDF2_ALGORITHM = AUTH_SETTINGS.get("pbkdf2_algorithm", "sha256")
PBKDF2_ITERATIONS = max(int(AUTH_SETTINGS.get("pbkdf2_iterations", 600_000)), 600_000)
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$")
    return int(iterations) < PBKDF2_ITERATIONS


def photo_fingerprint(image_bytes: bytes) -> str:
    """Content hash used to de-duplicate staff ID badge photos."""
    return hashlib.sha256(image_bytes).hexdigest()
