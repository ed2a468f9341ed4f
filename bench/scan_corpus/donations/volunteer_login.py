"""Credential helpers for the volunteer rota app.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
work factor can be raised later without a migration.
"""

import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_LEN = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = os.urandom(SALT_LEN)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(derived, expected)


def needs_rehash(encoded: str) -> bool:
    """True when a stored hash was made with fewer iterations than today's setting."""
    try:
        _, iterations, _, _ = encoded.split("$", 3)
    except ValueError:
        return True
    return int(iterations) < ITERATIONS


def fingerprint_file(path: str) -> str:
    """Checksum used to spot duplicate rota CSV uploads."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()
