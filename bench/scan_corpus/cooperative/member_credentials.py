"""Credential storage for board members' voting accounts.

Encoded format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, iterations)
    return "$".join([
        ALGORITHM,
        str(iterations),
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    ])


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    return hmac.compare_digest(_derive(password, salt, int(iterations)), expected)


def needs_rehash(encoded: str) -> bool:
    """True for hashes created before the iteration count was raised."""
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < ITERATIONS
