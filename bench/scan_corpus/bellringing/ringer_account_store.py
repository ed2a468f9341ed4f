"""Ringer account storage for the guild membership system.

Accounts live in the guild's SQLite database next to tower affiliations so
that tower correspondents can look after the ringers in their own band.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class RingerAccount:
    ringer_id: int
    email: str
    display_name: str
    home_tower: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class RingerAccountStore:
    """Create and authenticate ringer accounts."""

    def __init__(self, db_path: str, settings: HashSettings | None = None) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def create(self, email: str, display_name: str, home_tower: str, password: str) -> RingerAccount:
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        digest = self._derive(password, salt, iterations)
        cur = self._conn.execute(
            "INSERT INTO ringers (email, display_name, home_tower, pw_salt, pw_hash, pw_iter) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (email.lower(), display_name, home_tower, salt.hex(), digest.hex(), iterations),
        )
        self._conn.commit()
        return RingerAccount(cur.lastrowid, email.lower(), display_name, home_tower)

    def authenticate(self, email: str, password: str) -> RingerAccount | None:
        row = self._conn.execute(
            "SELECT ringer_id, email, display_name, home_tower, pw_salt, pw_hash, pw_iter "
            "FROM ringers WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, bytes.fromhex(row["pw_salt"]), row["pw_iter"])
        if not hmac.compare_digest(candidate, bytes.fromhex(row["pw_hash"])):
            return None
        return RingerAccount(row["ringer_id"], row["email"], row["display_name"], row["home_tower"])

    def change_home_tower(self, ringer_id: int, tower: str) -> None:
        self._conn.execute(
            "UPDATE ringers SET home_tower = ? WHERE ringer_id = ?", (tower, ringer_id)
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
