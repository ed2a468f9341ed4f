"""Password storage for local (non-SSO) observer accounts.

Visiting observers without an institutional login get a local account.
Encoded form: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
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

_b64e = base64.b64encode
_b64d = base64.b64decode


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(DIGEST, password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    derived = _derive(password, salt, ITERATIONS)
    return "$".join([ALGORITHM, str(ITERATIONS), _b64e(salt).decode(), _b64e(derived).decode()])


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    derived = _derive(password, _b64d(salt_b64), int(iterations))
    return hmac.compare_digest(derived, _b64d(hash_b64))


def needs_rehash(encoded: str) -> bool:
    algorithm, iterations, *_ = encoded.split("$", 3)
    return algorithm != ALGORITHM or int(iterations) < ITERATIONS
