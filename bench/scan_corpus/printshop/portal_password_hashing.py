"""Password hashing for staff and trade logins on the web-to-print portal."""
from __future__ import annotations

import bcrypt

HASH_CONFIG = {
    "scheme": "bcrypt",
    "rounds": 13,
    # bcrypt ignores everything past 72 bytes, so longer input is refused
    # instead of being silently truncated.
    "max_bytes": 72,
}


class PasswordTooLong(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > HASH_CONFIG["max_bytes"]:
        raise PasswordTooLong(f"password longer than {HASH_CONFIG['max_bytes']} bytes")
    return raw


def hash_password(password: str, rounds: int | None = None) -> str:
    salt = bcrypt.gensalt(rounds=max(rounds or 0, HASH_CONFIG["rounds"]))
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored.encode("ascii"))
    except (PasswordTooLong, ValueError):
        return False


def needs_rehash(stored: str) -> bool:
    # bcrypt hashes look like $2b$<cost>$<salt+digest>
    cost = int(stored.split("$")[2])
    return cost < HASH_CONFIG["rounds"]
