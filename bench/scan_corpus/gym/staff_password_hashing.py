"""Password hashing for staff accounts (front desk, club managers, trainers).

Format stored in ``staff_users.password_hash``:
    pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>
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


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, ITERATIONS)
    return "$".join([
        ALGORITHM,
        str(ITERATIONS),
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    ])


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    actual = _derive(password, salt, int(iterations))
    return hmac.compare_digest(actual, expected)


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$", 3)
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < ITERATIONS
