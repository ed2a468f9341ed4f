"""Credential store for yard staff who log kiln burns on the shed tablet.

Each burner signs in before recording a charge, a light-up or a
temperature reading, so the burn record shows who was on shift.
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


DEFAULT_SETTINGS = HashSettings()


class YardStaffCredentials:
    """Stores and checks burner passphrases in the yard's local SQLite file."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._db_path = db_path
        self._settings = settings

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " username TEXT PRIMARY KEY, secret TEXT NOT NULL, active INTEGER DEFAULT 1)"
        )
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        dk = self._derive(password, salt, self._settings.iterations)
        return "$".join(
            [
                f"pbkdf2_{self._settings.algorithm}",
                str(self._settings.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(dk).decode(),
            ]
        )

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("passphrase too short")
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO staff (username, secret) VALUES (?, ?)"
                " ON CONFLICT(username) DO UPDATE SET secret = excluded.secret",
                (username, self._encode(password)),
            )

    def verify(self, username: str, password: str) -> bool:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT secret FROM staff WHERE username = ? AND active = 1", (username,)
            ).fetchone()
        if row is None:
            return False
        _, iterations, salt_b64, dk_b64 = row[0].split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(dk_b64))

    def deactivate(self, username: str) -> None:
        with self._conn() as conn:
            conn.execute("UPDATE staff SET active = 0 WHERE username = ?", (username,))
