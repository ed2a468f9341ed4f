"""Account management for cleaners who sign in to the round app."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


class CleanerAccountService:
    """Creates cleaner logins and checks them when the app signs in."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
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

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "pbkdf2${}${}${}".format(
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create_cleaner(self, email: str, display_name: str, password: str) -> int:
        salt = os.urandom(self._settings.salt_bytes)
        stored = self._encode(salt, self._derive(password, salt))
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO cleaners (email, display_name, password_hash) VALUES (?, ?, ?)",
                (email.strip().lower(), display_name, stored),
            )
            return int(cur.lastrowid)

    def _load_hash(self, email: str) -> Optional[str]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash FROM cleaners WHERE email = ? AND active = 1",
                (email.strip().lower(),),
            ).fetchone()
        return row["password_hash"] if row else None

    def verify_login(self, email: str, password: str) -> bool:
        stored = self._load_hash(email)
        if stored is None:
            return False
        _, iterations, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, int(iterations)
        )
        return hmac.compare_digest(candidate, expected)

    def change_password(self, email: str, old_password: str, new_password: str) -> bool:
        if not self.verify_login(email, old_password):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        stored = self._encode(salt, self._derive(new_password, salt))
        with self._connect() as conn:
            conn.execute(
                "UPDATE cleaners SET password_hash = ? WHERE email = ?",
                (stored, email.strip().lower()),
            )
        return True
