"""Credential storage for charging-network operator accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>`` so
the work factor can be raised later without a migration.
"""
from __future__ import annotations

import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
HASH_PREFIX = "pbkdf2_sha256"


class PasswordPolicyError(ValueError):
    pass


def check_policy(password: str) -> None:
    if len(password) < 12:
        raise PasswordPolicyError("password must be at least 12 characters")
    if password.lower() == password or password.upper() == password:
        raise PasswordPolicyError("password must mix upper and lower case")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    check_policy(password)
    salt = os.urandom(SALT_BYTES)
    derived = _derive(password, salt, PBKDF2_ITERATIONS)
    return f"{HASH_PREFIX}${PBKDF2_ITERATIONS}${salt.hex()}${derived.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        prefix, iterations, salt_hex, hash_hex = stored.split("$")
    except ValueError:
        return False
    if prefix != HASH_PREFIX:
        return False
    derived = _derive(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(derived, bytes.fromhex(hash_hex))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) < PBKDF2_ITERATIONS
