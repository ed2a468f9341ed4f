"""Customer account storage for the crane booking portal.

Site managers and procurement staff from client companies log in to the
portal to request lifts, view quotes and download lift plans.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, settings: HashSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{SETTINGS.algorithm}${SETTINGS.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    settings = HashSettings(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class AccountStore:
    """Thin repository over the ``portal_accounts`` table."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, email: str, company: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO portal_accounts (email, company, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.strip().lower(), company, hash_password(password)),
            ).fetchone()
            return row[0]

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM portal_accounts WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        account_id, stored = row
        return account_id if verify_password(password, stored) else None

    def change_password(self, account_id: int, new_password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE portal_accounts SET password_hash = %s WHERE id = %s",
                (hash_password(new_password), account_id),
            )
