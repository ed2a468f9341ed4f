"""Member accounts for the workshop's online shop and class portal."""
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
class Member:
    email: str
    display_name: str


class MemberAccountStore:
    """Stores shop customers and class students in the workshop database."""

    def __init__(self, db_path: str, settings: Optional[HashSettings] = None) -> None:
        self._db = sqlite3.connect(db_path)
        self._settings = settings or HashSettings()
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS members ("
            "email TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
            "salt BLOB NOT NULL, pw_hash BLOB NOT NULL)"
        )
        self._db.commit()

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, email: str, display_name: str, password: str) -> Member:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._db:
            self._db.execute(
                "INSERT INTO members (email, display_name, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (email.lower(), display_name, salt, digest),
            )
        return Member(email=email.lower(), display_name=display_name)

    def authenticate(self, email: str, password: str) -> Optional[Member]:
        row = self._db.execute(
            "SELECT display_name, salt, pw_hash FROM members WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        display_name, salt, stored = row
        candidate = self._derive(password, salt)
        if not hmac.compare_digest(candidate, stored):
            return None
        return Member(email=email.lower(), display_name=display_name)

    def change_password(self, email: str, old: str, new: str) -> bool:
        if self.authenticate(email, old) is None:
            return False
        salt = os.urandom(self._settings.salt_bytes)
        with self._db:
            self._db.execute(
                "UPDATE members SET salt = ?, pw_hash = ? WHERE email = ?",
                (salt, self._derive(new, salt), email.lower()),
            )
        return True
