"""Technician credentials for robot maintenance mode.

Field technicians unlock maintenance mode on the robot HMI with their own
password. The encoded hash is pushed to robots with the site config so the
check also works while a robot is offline.
"""
import base64
import hashlib
import hmac
import os

PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
SCHEME = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, iterations)


def hash_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = _derive(password, salt, iterations)
    return "$".join(
        [SCHEME, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
        rounds = int(iterations)
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(dk_b64)
    except ValueError:
        return False
    if scheme != SCHEME or rounds < PBKDF2_ITERATIONS:
        return False
    return hmac.compare_digest(_derive(password, salt, rounds), expected)


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != SCHEME or int(parts[1]) < PBKDF2_ITERATIONS
