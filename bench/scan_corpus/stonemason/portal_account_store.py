"""Customer portal account storage for memorial orders.

Families register on the portal to follow the progress of a headstone
order, approve inscription proofs and download their invoices.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    pbkdf2_iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


class PortalAccountStore:
    """Keeps portal logins in the shop's local SQLite database."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._settings = settings
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS portal_accounts ("
            " email TEXT PRIMARY KEY, full_name TEXT, salt BLOB, pw_hash BLOB)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.pbkdf2_iterations,
        )

    def register(self, email: str, full_name: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._conn:
            self._conn.execute(
                "INSERT INTO portal_accounts (email, full_name, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (email.lower(), full_name, salt, digest),
            )

    def authenticate(self, email: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, pw_hash FROM portal_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._derive(password, salt), stored)

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.authenticate(email, old):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        with self._conn:
            self._conn.execute(
                "UPDATE portal_accounts SET salt = ?, pw_hash = ? WHERE email = ?",
                (salt, self._derive(new, salt), email.lower()),
            )
        return True
