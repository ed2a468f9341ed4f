"""Back-office staff accounts for the lido (duty managers, till supervisors)."""

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


DEFAULT_HASH_SETTINGS = HashSettings()


class StaffAccountStore:
    """Stores staff logins in the site's local SQLite database."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._db_path = db_path
        self._settings = settings

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.algorithm, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create(self, username: str, role: str, password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO staff_accounts (username, role, password_hash) VALUES (?, ?, ?)",
                (username, role, self._encode(password)),
            )

    def change_password(self, username: str, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE staff_accounts SET password_hash = ? WHERE username = ?",
                (self._encode(new_password), username),
            )

    def _stored_hash(self, username: str) -> Optional[str]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash FROM staff_accounts WHERE username = ? AND active = 1",
                (username,),
            ).fetchone()
        return row["password_hash"] if row else None

    def verify(self, username: str, password: str) -> bool:
        stored = self._stored_hash(username)
        if stored is None:
            return False
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        algorithm = scheme.split("_", 1)[1]
        candidate = self._derive(
            password, base64.b64decode(salt_b64), algorithm, int(iterations)
        )
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
