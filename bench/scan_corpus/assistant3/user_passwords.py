"""Password storage for the accounts app (ticket ACC-19: drop the legacy hasher)."""
from __future__ import annotations

from passlib.hash import pbkdf2_sha256

PBKDF2_ROUNDS = 600_000

_hasher = pbkdf2_sha256.using(rounds=PBKDF2_ROUNDS, salt_size=16)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, stored: str) -> bool:
    """Check a login attempt against the stored hash."""
    return _hasher.verify(password, stored)


def needs_rehash(stored: str) -> bool:
    """True for hashes created with an older round count; rehash them on next login."""
    return _hasher.needs_update(stored)
