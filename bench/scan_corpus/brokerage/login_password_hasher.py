"""Password hashing for customer web and mobile logins.

Encoded format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>``, the same
layout Django uses, so records migrated from the old customer portal verify
without conversion.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 720_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _pbkdf2(password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _pbkdf2(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    """True for records created before the iteration count was last raised."""
    return int(encoded.split("$")[1]) < ITERATIONS
