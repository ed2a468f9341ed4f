"""Password hashing for broker portal accounts.

Stored format: ``pbkdf2_sha256$<iterations>$<salt_b64>$<hash_b64>`` so the
work factor can be raised later without a schema migration.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(password, salt, ITERATIONS)
    return f"{ALGORITHM}${ITERATIONS}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    candidate = _derive(password, salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash predates the current work factor."""
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return True
    return int(parts[1]) < ITERATIONS
