"""Customer account storage for the tack shop webshop."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH = HashSettings()


class CustomerAccountStore:
    """Registers webshop customers and checks their logins."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH) -> None:
        self._db_path = db_path
        self._settings = settings

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

    def register(self, email: str, password: str, full_name: str) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO customers (email, full_name, pw_salt, pw_hash) "
                "VALUES (?, ?, ?, ?)",
                (email.strip().lower(), full_name, salt.hex(), digest.hex()),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT pw_salt, pw_hash FROM customers WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return False
        candidate = self._derive(password, bytes.fromhex(row["pw_salt"]))
        return hmac.compare_digest(candidate.hex(), row["pw_hash"])
