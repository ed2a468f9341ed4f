"""Password hashing for member accounts.

All hashing goes through a single passlib CryptContext so that stored hashes
can be upgraded transparently on the next successful login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from passlib.context import CryptContext

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10

# Accounts migrated from the old Django site still carry django_pbkdf2 hashes.
PASSWORD_HASHING = {
    "schemes": ["pbkdf2_sha256", "django_pbkdf2_sha256"],
    "default": "pbkdf2_sha256",
    "deprecated": ["django_pbkdf2_sha256"],
    "pbkdf2_sha256__default_rounds": 29000,
}

_pwd_context = CryptContext(**PASSWORD_HASHING)


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    replacement_hash: str | None = None


def hash_password(plaintext: str) -> str:
    if len(plaintext) < MIN_PASSWORD_LENGTH:
        raise ValueError("password too short")
    return _pwd_context.hash(plaintext)


def verify_password(plaintext: str, stored_hash: str) -> VerifyResult:
    """Check a login attempt and hand back an upgraded hash if one is due."""
    try:
        valid, new_hash = _pwd_context.verify_and_update(plaintext, stored_hash)
    except ValueError:
        log.warning("unrecognised password hash format")
        return VerifyResult(valid=False)
    return VerifyResult(valid=valid, replacement_hash=new_hash)
