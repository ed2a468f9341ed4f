"""User accounts for builders' merchants who order bagged lime through the merchant API."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional


@dataclass
class MerchantUser:
    id: int
    merchant_code: str
    username: str
    password_hash: str
    salt: str
    active: bool = True


class MerchantUserStore:
    """Thin repository over the merchants.sqlite3 user table."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS merchant_users ("
            " id INTEGER PRIMARY KEY, merchant_code TEXT NOT NULL,"
            " username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL,"
            " salt TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)"
        )

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def create(self, merchant_code: str, username: str, password: str) -> MerchantUser:
        salt = secrets.token_hex(16)
        hashed = self._hash(password, salt)
        cur = self._conn.execute(
            "INSERT INTO merchant_users (merchant_code, username, password_hash, salt)"
            " VALUES (?, ?, ?, ?)",
            (merchant_code, username, hashed, salt),
        )
        self._conn.commit()
        return MerchantUser(cur.lastrowid, merchant_code, username, hashed, salt)

    def find(self, username: str) -> Optional[MerchantUser]:
        row = self._conn.execute(
            "SELECT id, merchant_code, username, password_hash, salt, active"
            " FROM merchant_users WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        return MerchantUser(row[0], row[1], row[2], row[3], row[4], bool(row[5]))

    def authenticate(self, username: str, password: str) -> Optional[MerchantUser]:
        user = self.find(username)
        if user is None or not user.active:
            return None
        candidate = self._hash(password, user.salt)
        if hmac.compare_digest(candidate, user.password_hash):
            return user
        return None

    def deactivate(self, username: str) -> None:
        self._conn.execute(
            "UPDATE merchant_users SET active = 0 WHERE username = ?", (username,)
        )
        self._conn.commit()
