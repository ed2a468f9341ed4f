"""Password storage for yard staff accounts (office, foremen, surveyors).

Hashes are stored in a self-describing ``algorithm$iterations$salt$hash``
format so the work factor can be raised later without a migration.
"""
import base64
import hashlib
import hmac
import secrets

from shipwright.config import settings

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 650_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(derived)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(derived, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < max(ITERATIONS, settings.min_password_iterations)
