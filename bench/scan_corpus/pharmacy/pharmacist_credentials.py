"""Credential handling for pharmacist and technician logins at the dispensing console."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from django.contrib.auth import get_user_model

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_LEN = 16


def encode(password: str, *, iterations: int = ITERATIONS) -> str:
    """Return a self-describing hash string: algorithm$iterations$salt$digest."""
    salt = secrets.token_bytes(SALT_LEN)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return "$".join(
        [
            ALGORITHM,
            str(iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def needs_upgrade(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < ITERATIONS


def set_console_password(username: str, password: str) -> None:
    user = get_user_model().objects.get(username=username)
    user.console_password = encode(password)
    user.save(update_fields=["console_password"])
