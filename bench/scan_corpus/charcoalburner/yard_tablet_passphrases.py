"""Passphrase storage for burners signing in on the yard tablet.

Burn records (charge, light-up, close-down, temperatures) are attributed
to whoever is signed in, so each burner has a personal passphrase.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


class PassphraseStore:
    def __init__(self, db_path: str, kdf: KdfSettings = KdfSettings()) -> None:
        self._db_path = db_path
        self._kdf = kdf

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS burners ("
            " username TEXT PRIMARY KEY, secret TEXT NOT NULL, active INTEGER DEFAULT 1)"
        )
        return conn

    def _derive(self, passphrase: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._kdf.algorithm, passphrase.encode("utf-8"), salt, iterations)

    def enrol(self, username: str, passphrase: str) -> None:
        if len(passphrase) < 10:
            raise ValueError("passphrase too short")
        salt = os.urandom(self._kdf.salt_bytes)
        dk = self._derive(passphrase, salt, self._kdf.iterations)
        encoded = "$".join(
            [
                f"pbkdf2_{self._kdf.algorithm}",
                str(self._kdf.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(dk).decode(),
            ]
        )
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO burners (username, secret) VALUES (?, ?)"
                " ON CONFLICT(username) DO UPDATE SET secret = excluded.secret",
                (username, encoded),
            )

    def verify(self, username: str, passphrase: str) -> bool:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT secret FROM burners WHERE username = ? AND active = 1", (username,)
            ).fetchone()
        if row is None:
            return False
        _, iterations, salt_b64, dk_b64 = row[0].split("$")
        if int(iterations) < self._kdf.iterations:
            return False
        candidate = self._derive(passphrase, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(dk_b64))
