"""Local accounts for lounge reception staff (check-in tablets).

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`` so
the iteration count can be raised later without a migration.
"""
import base64
import hashlib as hl
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 720_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hl.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    actual = hl.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(actual, expected)


def needs_rehash(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < PBKDF2_ITERATIONS
    except (IndexError, ValueError):
        return True
