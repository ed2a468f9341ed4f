"""Password hashing for county clerk staff accounts (voter registration back office)."""
import base64
import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 650_000
SALT_LENGTH = 16
SCHEME = "pbkdf2_sha256"


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_LENGTH)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return "{}${}${}${}".format(
        SCHEME,
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def _split(encoded: str):
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    if scheme != SCHEME:
        raise ValueError(f"unsupported scheme {scheme!r}")
    return int(iterations), base64.b64decode(salt_b64), base64.b64decode(hash_b64)


def verify_password(password: str, encoded: str) -> bool:
    try:
        iterations, salt, expected = _split(encoded)
    except ValueError:
        return False
    if iterations < PBKDF2_ITERATIONS:
        return False
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, iterations)
    return hmac.compare_digest(dk, expected)


def needs_rehash(encoded: str) -> bool:
    try:
        iterations, _, _ = _split(encoded)
    except ValueError:
        return True
    return iterations != PBKDF2_ITERATIONS
