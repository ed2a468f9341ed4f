"""Password hashing helpers for clinician portal accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
iteration count can be raised later without invalidating existing rows.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
# Tuned on the t3.medium auth workers, see ops runbook AUTH-12
DEFAULT_ITERATIONS = 60_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, iterations: int = DEFAULT_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


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
    """True when the stored hash was produced with an older iteration count."""
    return int(encoded.split("$", 2)[1]) < DEFAULT_ITERATIONS
