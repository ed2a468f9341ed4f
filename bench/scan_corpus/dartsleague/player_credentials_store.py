"""Player account storage for the league portal.

Players log in from the venue tablets and the public site to check their
averages and confirm availability for upcoming fixtures.
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


class PlayerCredentialStore:
    """Thin wrapper around the ``player_login`` table."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._settings = settings
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS player_login ("
            " player_id INTEGER PRIMARY KEY,"
            " email TEXT UNIQUE NOT NULL,"
            " salt BLOB NOT NULL,"
            " pw_hash BLOB NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, player_id: int, email: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._conn:
            self._conn.execute(
                "INSERT INTO player_login (player_id, email, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (player_id, email.strip().lower(), salt, digest),
            )

    def verify(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT player_id, salt, pw_hash FROM player_login WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        player_id, salt, stored = row
        candidate = self._derive(password, salt)
        if hmac.compare_digest(candidate, stored):
            return player_id
        return None

    def change_password(self, player_id: int, new_password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._conn:
            self._conn.execute(
                "UPDATE player_login SET salt = ?, pw_hash = ? WHERE player_id = ?",
                (salt, digest, player_id),
            )

    def close(self) -> None:
        self._conn.close()
