"""Password hashing for back-office manager accounts.

Managers log in to the back office (rota, cash-up, CCTV exports) with a
full password. Hashes are stored in ``backoffice_users.password_hash``.
"""
from __future__ import annotations

import base64
import hashlib as _hl
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 720_000
SALT_LENGTH = 16
MIN_PASSWORD_LENGTH = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_LENGTH)
    digest = _hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, digest = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _hl.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(candidate, _unb64(digest))


def must_upgrade(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < ITERATIONS
