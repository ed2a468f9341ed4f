"""Password storage for player accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
iteration count can be raised later without breaking existing logins.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
DIGEST = "sha256"
SALT_BYTES = 16

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ITERATIONS = 600_000


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = _derive(password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(dk)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    dk = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    try:
        _, iterations, _, _ = encoded.split("$", 3)
    except ValueError:
        return True
    return int(iterations) < ITERATIONS
