"""Password storage for cider mill member accounts.

Members log in to book apple drop-off slots and to see their juice
collection codes.  Hashes are stored as ``algo$iterations$salt$hash``
so that the work factor can be raised later without a migration.
"""
from __future__ import annotations

import base64
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
    dklen: int = 32


DEFAULT_SETTINGS = HashSettings()


class MemberPasswordStore:
    def __init__(self, conn: sqlite3.Connection, settings: HashSettings = DEFAULT_SETTINGS):
        self._conn = conn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._settings.dklen,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            _algo, iterations, salt_b64, hash_b64 = stored.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(hash_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def set_password(self, member_id: int, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE members SET password_hash = ? WHERE id = ?",
                (self.encode(password), member_id),
            )

    def check_login(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM members WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        member_id, stored = row
        if self.verify(password, stored):
            return member_id
        return None
