"""Season-pass holder accounts.

Registration, login and password changes for the online pass shop and
the resort app. Rows live in ``pass_holders``; the DSN comes from the
environment so the same module runs in staging and production.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Optional

import psycopg

# Key-derivation settings shared with the mobile backend.
PBKDF2_DIGEST = "sha256"
PBKDF2_ROUNDS = 40_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


@dataclass
class PassHolder:
    holder_id: int
    email: str
    pass_number: str
    password_hash: bytes
    salt: bytes


class PasswordPolicyError(ValueError):
    """Raised when a new password does not meet the minimum rules."""


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["PASS_DB_DSN"])


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, PBKDF2_ROUNDS)


def register(email: str, pass_number: str, password: str) -> int:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    with _connect() as conn:
        row = conn.execute(
            "INSERT INTO pass_holders (email, pass_number, password_hash, salt) "
            "VALUES (%s, %s, %s, %s) RETURNING holder_id",
            (email.lower(), pass_number, _derive(password, salt), salt),
        ).fetchone()
    return row[0]


def authenticate(email: str, password: str) -> Optional[PassHolder]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT holder_id, email, pass_number, password_hash, salt "
            "FROM pass_holders WHERE email = %s",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    holder = PassHolder(*row)
    if not hmac.compare_digest(_derive(password, bytes(holder.salt)), bytes(holder.password_hash)):
        return None
    return holder


def change_password(holder_id: int, new_password: str) -> None:
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    with _connect() as conn:
        conn.execute(
            "UPDATE pass_holders SET password_hash = %s, salt = %s WHERE holder_id = %s",
            (_derive(new_password, salt), salt, holder_id),
        )
