"""Trade account registration for garden-centre customers.

Garden centres that stock our hurdles, wattle panels and pea sticks get a
trade login so they can place repeat orders at trade prices.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class TradeAccount:
    account_id: int
    business_name: str
    contact_email: str
    discount_band: str = "standard"


class TradeAccountStore:
    """Persists trade accounts in the shop's SQLite database."""

    def __init__(self, db_path: str, settings: Optional[HashSettings] = None) -> None:
        self._db_path = db_path
        self._settings = settings or HashSettings()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, business_name: str, contact_email: str, password: str) -> TradeAccount:
        if len(password) < 10:
            raise ValueError("trade passwords must be at least 10 characters")
        email = contact_email.strip().lower()
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO trade_accounts (business_name, contact_email, salt, pw_hash)"
                " VALUES (?, ?, ?, ?)",
                (business_name, email, salt, digest),
            )
        return TradeAccount(cur.lastrowid, business_name, email)

    def authenticate(self, contact_email: str, password: str) -> Optional[TradeAccount]:
        email = contact_email.strip().lower()
        with self._connect() as conn:
            row = conn.execute(
                "SELECT account_id, business_name, contact_email, discount_band, salt, pw_hash"
                " FROM trade_accounts WHERE contact_email = ?",
                (email,),
            ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, row["salt"])
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return TradeAccount(
            row["account_id"], row["business_name"], row["contact_email"], row["discount_band"]
        )

    def change_password(self, account_id: int, new_password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE trade_accounts SET salt = ?, pw_hash = ? WHERE account_id = ?",
                (salt, digest, account_id),
            )
