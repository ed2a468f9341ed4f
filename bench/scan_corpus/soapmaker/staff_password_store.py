"""Password storage for staff accounts (production floor, QA and office users)."""

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
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


class StaffPasswordStore:
    """Stores and checks staff password hashes in the accounts database."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        digest = self._derive(password, salt, iterations)
        return "pbkdf2_%s$%d$%s$%s" % (
            self._settings.algorithm,
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(hash_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def set_password(self, staff_id: int, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE staff SET password_hash = ? WHERE id = ?",
                (self.encode(password), staff_id),
            )

    def check_login(self, email: str, password: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT id, password_hash FROM staff WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        staff_id, encoded = row
        return staff_id if self.verify(password, encoded) else None

    def close(self) -> None:
        self._conn.close()
