"""Account storage for the wholesale cafe portal.

Cafe owners log in to the portal to place standing orders, download
invoices and manage delivery windows. Credentials live in the portal's
PostgreSQL database next to the account row.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASHING = HashSettings()


def _derive(password: str, salt: bytes, settings: HashSettings = HASHING) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(HASHING.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{HASHING.algorithm}${HASHING.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    settings = HashSettings(
        algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations)
    )
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


class CafeAccountRepository:
    """Thin data access layer used by the portal's login and signup views."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, cafe_name: str, email: str, password: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO cafe_accounts (cafe_name, email, password_hash) "
                "VALUES (%s, %s, %s) RETURNING id",
                (cafe_name, email.strip().lower(), encode_password(password)),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, password_hash FROM cafe_accounts "
                "WHERE email = %s AND active",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        account_id, encoded = row
        if not check_password(password, encoded):
            return None
        return account_id

    def change_password(self, account_id: int, current: str, new: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT password_hash FROM cafe_accounts WHERE id = %s",
                (account_id,),
            ).fetchone()
            if row is None or not check_password(current, row[0]):
                return False
            conn.execute(
                "UPDATE cafe_accounts SET password_hash = %s, updated_at = now() "
                "WHERE id = %s",
                (encode_password(new), account_id),
            )
        return True
