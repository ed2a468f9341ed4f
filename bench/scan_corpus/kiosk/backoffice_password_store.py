"""Password hashing for back-office accounts on the store edge server.

Shift managers sign in to the kiosk maintenance portal with a back-office
password. Hashes live in the edge server's local account table.
"""
from __future__ import annotations

import bcrypt

BCRYPT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password too long")
    if len(password) < 12:
        raise PasswordPolicyError("password must be at least 12 characters")
    return raw


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    salt = bcrypt.gensalt(rounds=rounds)
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def check_password(password: str, stored_hash: str) -> bool:
    try:
        raw = password.encode("utf-8")
        return bcrypt.checkpw(raw, stored_hash.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(stored_hash: str, rounds: int = BCRYPT_ROUNDS) -> bool:
    # "$2b$12$..." -> cost is the second field
    try:
        cost = int(stored_hash.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < rounds
