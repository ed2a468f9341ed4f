"""Password hashing for team members invited to a creator's studio.

Stored format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
cost can be raised later without breaking existing hashes.
"""
import base64
import hashlib as hl
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16
DKLEN = 32


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, dklen=DKLEN)


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = _derive(password, salt, iterations)
    return "$".join(
        [ALGORITHM, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    expected = base64.b64decode(hash_b64)
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < ITERATIONS
