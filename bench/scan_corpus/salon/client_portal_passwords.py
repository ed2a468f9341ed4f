"""Password handling for customer accounts on the online booking portal."""
from __future__ import annotations

import bcrypt

from portal.conf import SECURITY

# Portal security settings live in portal/conf.py, e.g.
#   SECURITY = {"bcrypt_rounds": 12, "min_password_length": 10, ...}
BCRYPT_ROUNDS = max(12, int(SECURITY.get("bcrypt_rounds", 12)))
MIN_LENGTH = int(SECURITY.get("min_password_length", 10))
MAX_BYTES = 72  # bcrypt ignores anything past this


class PasswordPolicyError(ValueError):
    pass


def _prepare(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise PasswordPolicyError(f"passwords are limited to {MAX_BYTES} bytes")
    return raw


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"passwords must be at least {MIN_LENGTH} characters")
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(_prepare(password), salt).decode("ascii")


def check_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_prepare(password), stored_hash.encode("ascii"))
    except (PasswordPolicyError, ValueError):
        return False


def needs_upgrade(stored_hash: str) -> bool:
    """True when the stored hash was made with fewer rounds than we use now."""
    try:
        rounds = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return rounds < BCRYPT_ROUNDS
