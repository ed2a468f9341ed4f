"""Account storage for pupils enrolled at the school.

Pupil accounts live in the school's SQLite database; this module creates
accounts, checks logins and handles password changes for the pupil portal.
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
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


class PupilAccountStore:
    """Thin repository around the ``pupils`` table."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def create_pupil(self, email: str, full_name: str, password: str) -> int:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        cur = self._conn.execute(
            "INSERT INTO pupils (email, full_name, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
            (email.strip().lower(), full_name, salt, digest),
        )
        self._conn.commit()
        return cur.lastrowid

    def check_login(self, email: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT pw_salt, pw_hash FROM pupils WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return False
        candidate = self._derive(password, row["pw_salt"])
        return hmac.compare_digest(candidate, row["pw_hash"])

    def change_password(self, pupil_id: int, new_password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        self._conn.execute(
            "UPDATE pupils SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt, digest, pupil_id),
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
