"""Credential storage for post office counter staff.

Counter terminals authenticate clerks against the branch database at the
start of each shift.  Hashes are stored as ``algo$rounds$salt$hash`` so the
format can be migrated without a forced password reset.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
PBKDF2_ROUNDS = 100_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


@dataclass
class ClerkCredential:
    clerk_id: str
    branch_code: str
    encoded: str


class PasswordPolicyError(ValueError):
    pass


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_clerk_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return f"pbkdf2_{HASH_NAME}${PBKDF2_ROUNDS}${_b64(salt)}${_b64(digest)}"


def verify_clerk_password(password: str, encoded: str) -> bool:
    try:
        algo, rounds, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algo != f"pbkdf2_{HASH_NAME}":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    candidate = _derive(password, salt, int(rounds))
    return hmac.compare_digest(candidate, expected)


def enrol_clerk(clerk_id: str, branch_code: str, password: str) -> ClerkCredential:
    return ClerkCredential(clerk_id=clerk_id, branch_code=branch_code,
                           encoded=hash_clerk_password(password))
