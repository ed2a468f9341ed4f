"""Password handling for patient portal accounts.

New passwords are checked against the breached-password corpus using the
k-anonymity range API (only the first five hex characters of the SHA-1 ever
leave this process), then stored with bcrypt.
"""
from __future__ import annotations

import hashlib

import bcrypt
import requests

from .config import settings

MIN_ROUNDS = 12
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this
MIN_PASSWORD_LEN = 10


class PasswordRejected(ValueError):
    pass


def _rounds() -> int:
    return max(MIN_ROUNDS, int(getattr(settings, "PASSWORD_BCRYPT_ROUNDS", MIN_ROUNDS)))


def breach_count(password: str) -> int:
    digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    resp = requests.get(
        f"{settings.BREACHED_PASSWORDS_RANGE_URL.rstrip('/')}/{prefix}",
        headers={"Add-Padding": "true"},
        timeout=3,
    )
    resp.raise_for_status()
    for line in resp.text.splitlines():
        candidate, _, count = line.partition(":")
        if candidate == suffix:
            return int(count)
    return 0


def hash_new_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LEN:
        raise PasswordRejected("password is too short")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise PasswordRejected("password is too long")
    if breach_count(password) > 0:
        raise PasswordRejected("password appears in a known data breach")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=_rounds())).decode("ascii")


def check_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored_hash.encode("ascii"))
    except ValueError:
        return False
