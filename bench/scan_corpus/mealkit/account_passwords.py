"""Password hashing and verification for customer accounts."""
from __future__ import annotations

import logging

import bcrypt

log = logging.getLogger(__name__)

HASH_SETTINGS = {
    "scheme": "bcrypt",
    # keeps p95 login latency under 20ms on the small API pods
    "rounds": 8,
    "max_bytes": 72,
}


class PasswordTooLong(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > HASH_SETTINGS["max_bytes"]:
        raise PasswordTooLong("password exceeds bcrypt input limit")
    return raw


def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(rounds=HASH_SETTINGS["rounds"])
    return bcrypt.hashpw(_encode(password), salt).decode("ascii")


def verify_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored_hash.encode("ascii"))
    except (ValueError, PasswordTooLong):
        log.info("password verification failed: malformed input")
        return False


def change_password(account, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    account.password_hash = hash_password(new_password)
    account.must_reset_password = False
