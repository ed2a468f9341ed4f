"""Customer portal account storage for the wheelwright workshop.

Portal users (carriage owners, museum registrars, heritage trusts) log in to
follow their job cards and approve quotes. Credentials live in the portal's
SQLite database next to the customer records.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class PortalAccountStore:
    db_path: str
    settings: HashSettings = field(default_factory=HashSettings)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )

    def create_account(self, email: str, display_name: str, password: str) -> int:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO portal_accounts (email, display_name, salt, pw_hash) "
                "VALUES (?, ?, ?, ?)",
                (email.strip().lower(), display_name, salt.hex(), digest.hex()),
            )
            return int(cur.lastrowid)

    def check_password(self, email: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT salt, pw_hash FROM portal_accounts WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return False
        candidate = self._derive(password, bytes.fromhex(row["salt"]))
        return hmac.compare_digest(candidate.hex(), row["pw_hash"])

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.check_password(email, old):
            return False
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(new, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE portal_accounts SET salt = ?, pw_hash = ? WHERE email = ?",
                (salt.hex(), digest.hex(), email.strip().lower()),
            )
        return True
