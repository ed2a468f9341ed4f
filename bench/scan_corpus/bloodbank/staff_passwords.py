"""Password handling for processing-centre staff accounts.

Staff accounts live in the local user table because the lab network has no
access to the corporate directory.
"""
import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
HASH_NAME = "sha256"
SALT_BYTES = 16

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
ITERATIONS = 600_000

MIN_LENGTH = 12


class PasswordPolicyError(ValueError):
    pass


def check_policy(password: str, username: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_LENGTH} characters")
    if username.lower() in password.lower():
        raise PasswordPolicyError("password must not contain the username")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = _derive(password, salt, ITERATIONS)
    return "$".join([
        ALGORITHM,
        str(ITERATIONS),
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    ])


def verify_password(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        return False
    dk = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < ITERATIONS
