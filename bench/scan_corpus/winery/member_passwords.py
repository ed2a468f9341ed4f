"""Password handling for wine club member logins."""
from __future__ import annotations

import hashlib

import bcrypt

from .settings import AUTH

BCRYPT_ROUNDS = AUTH.get("bcrypt_rounds", 12)
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


def _prepare(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError("password too long")
    return raw


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(rounds=max(BCRYPT_ROUNDS, 12))
    return bcrypt.hashpw(_prepare(password), salt).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_prepare(password), stored.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(stored: str) -> bool:
    # stored hashes look like $2b$12$...
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < max(BCRYPT_ROUNDS, 12)


def gravatar_key(email: str) -> str:
    """Cache key for the member avatar; not used for anything secret."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
