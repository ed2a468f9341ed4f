"""Password hashing for back-office (fleet ops / support) accounts.

Format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the work factor
can be raised later without invalidating existing hashes.
"""
import base64
import hashlib
import hmac
import secrets

from django.conf import settings

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000


def _iterations() -> int:
    return max(getattr(settings, "OPS_PASSWORD_ITERATIONS", DEFAULT_ITERATIONS), DEFAULT_ITERATIONS)


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    iterations = _iterations()
    digest = _pbkdf2(password, salt, iterations)
    return "$".join([
        ALGORITHM,
        str(iterations),
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    ])


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = _pbkdf2(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < _iterations()
