"""Password hashing for the donor self-service portal.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
format stays compatible with the export we took from the old PHP portal.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
SALT_BYTES = 16

# Same work factor the PHP portal used, so migrated donors can still log in.
DEFAULT_ITERATIONS = 100_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "$".join([ALGORITHM, str(iterations), _b64(salt), _b64(digest)])


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), salt, int(iterations)
    )
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    """True when a stored hash was made with a different work factor."""
    parts = encoded.split("$", 3)
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) != DEFAULT_ITERATIONS
