"""Password storage for crew accounts on the site induction app.

Stored format: pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>, which lets
us raise the work factor later and rehash on next successful login.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return f"{ALGORITHM}${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < PBKDF2_ITERATIONS
