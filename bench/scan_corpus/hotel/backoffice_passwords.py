"""Password hashing for the group back-office (finance and revenue users).

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``. Hashes made
with an older iteration count are upgraded on the next successful login.
"""
import base64
import hashlib
import hmac
import os

from django.conf import settings

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000
ITERATIONS = getattr(settings, "BACKOFFICE_PBKDF2_ITERATIONS", DEFAULT_ITERATIONS)


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(16)
    iterations = max(ITERATIONS, DEFAULT_ITERATIONS)
    digest = _pbkdf2(password, salt, iterations)
    return "$".join([ALGORITHM, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def check_password(password: str, encoded: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash)."""
    algorithm, iterations, salt, digest = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        return False, False
    candidate = _pbkdf2(password, base64.b64decode(salt), int(iterations))
    ok = hmac.compare_digest(candidate, base64.b64decode(digest))
    return ok, ok and int(iterations) < max(ITERATIONS, DEFAULT_ITERATIONS)
