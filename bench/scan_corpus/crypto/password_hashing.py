"""Password hashing helpers for the internal tools portal.

Stored format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`` so the
work factor can be raised later without invalidating existing hashes.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(derived)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    derived = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def needs_upgrade(encoded: str) -> bool:
    try:
        return int(encoded.split("$", 2)[1]) < ITERATIONS
    except (IndexError, ValueError):
        return True
