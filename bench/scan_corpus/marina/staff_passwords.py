"""Password handling for back-office staff accounts (dockmasters, office).

Staff log into the Flask back office; hashes are bcrypt. The cost factor
lives in config so it can be raised without a code change; hashes with an
older cost are upgraded on the next successful login.
"""
from __future__ import annotations

import bcrypt
from flask import current_app

DEFAULT_BCRYPT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


def _rounds() -> int:
    return int(current_app.config.get("BCRYPT_ROUNDS", DEFAULT_BCRYPT_ROUNDS))


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise ValueError(f"password longer than {MAX_PASSWORD_BYTES} bytes")
    return raw


def hash_password(password: str) -> str:
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=_rounds())).decode()


def check_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored.encode())
    except ValueError:
        return False


def needs_rehash(stored: str) -> bool:
    # "$2b$12$..." -> 12
    try:
        cost = int(stored.split("$")[2])
    except (IndexError, ValueError):
        return True
    return cost < _rounds()


def login(staff, password: str) -> bool:
    if not check_password(password, staff.password_hash):
        return False
    if needs_rehash(staff.password_hash):
        staff.password_hash = hash_password(password)
    return True
