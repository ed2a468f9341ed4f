"""Local accounts for mission-operations staff on the scheduling console.

Most operators sign in through SSO; these accounts exist for the on-call
fallback when the identity provider is unreachable during a pass.
"""
from __future__ import annotations

import bcrypt

from ops.db import get_connection

BCRYPT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything past this


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password too long")
    if len(password) < 14:
        raise PasswordPolicyError("password must be at least 14 characters")
    return raw


def hash_operator_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def verify_operator_password(password: str, stored_hash: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored_hash.encode("ascii"))
    except ValueError:
        return False


def set_operator_password(username: str, password: str) -> None:
    hashed = hash_operator_password(password)
    with get_connection() as conn:
        conn.execute(
            "UPDATE operators SET password_hash = %s, password_changed_at = now() WHERE username = %s",
            (hashed, username),
        )
