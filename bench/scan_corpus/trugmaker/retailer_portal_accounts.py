"""Retailer portal account management for the trug workshop.

Stockists (garden centres, farm shops, National Trust gift shops) log in to
the trade portal to place wholesale orders and download price lists.
Accounts live in the workshop's PostgreSQL database.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg


@dataclass(frozen=True)
class PortalHashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = PortalHashSettings()


def _derive(password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def encode_password(password: str, settings: PortalHashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = _derive(password, salt, settings.iterations, settings.algorithm)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    actual = _derive(password, salt, int(iterations), algorithm)
    return hmac.compare_digest(actual, expected)


@dataclass
class RetailerAccount:
    id: int
    trading_name: str
    email: str
    credit_terms_days: int


class RetailerAccountStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def create(self, trading_name: str, email: str, password: str, terms: int = 30) -> int:
        encoded = encode_password(password)
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO retailer_accounts (trading_name, email, password_hash, credit_terms_days) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (trading_name, email.lower(), encoded, terms),
            ).fetchone()
        return row[0]

    def authenticate(self, email: str, password: str) -> Optional[RetailerAccount]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, trading_name, email, credit_terms_days, password_hash "
                "FROM retailer_accounts WHERE email = %s AND active",
                (email.lower(),),
            ).fetchone()
        if row is None or not check_password(password, row[4]):
            return None
        return RetailerAccount(id=row[0], trading_name=row[1], email=row[2], credit_terms_days=row[3])

    def change_password(self, account_id: int, new_password: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE retailer_accounts SET password_hash = %s WHERE id = %s",
                (encode_password(new_password), account_id),
            )


def store_from_env() -> RetailerAccountStore:
    return RetailerAccountStore(os.environ["TRUG_PORTAL_DSN"])
