"""Account storage for volunteer lock keepers.

Keepers sign in to the rota app on the shared tablet in the lock cottage, so
their passwords are kept as salted PBKDF2 digests in the rota database.
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
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


class KeeperAccountStore:
    """Small wrapper around the ``keepers`` table."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._db = sqlite3.connect(db_path)
        self._settings = settings
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS keepers ("
            " keeper_id TEXT PRIMARY KEY, display_name TEXT, salt TEXT, pw_hash TEXT)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    @staticmethod
    def _b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    def create(self, keeper_id: str, display_name: str, password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._db:
            self._db.execute(
                "INSERT INTO keepers (keeper_id, display_name, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (keeper_id, display_name, self._b64(salt), self._b64(digest)),
            )

    def verify(self, keeper_id: str, password: str) -> bool:
        row = self._db.execute(
            "SELECT salt, pw_hash FROM keepers WHERE keeper_id = ?", (keeper_id,)
        ).fetchone()
        if row is None:
            return False
        salt = base64.b64decode(row[0])
        stored = base64.b64decode(row[1])
        return hmac.compare_digest(self._derive(password, salt), stored)

    def change_password(self, keeper_id: str, old: str, new: str) -> bool:
        if not self.verify(keeper_id, old):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        with self._db:
            self._db.execute(
                "UPDATE keepers SET salt = ?, pw_hash = ? WHERE keeper_id = ?",
                (self._b64(salt), self._b64(self._derive(new, salt)), keeper_id),
            )
        return True

    def close(self) -> None:
        self._db.close()
