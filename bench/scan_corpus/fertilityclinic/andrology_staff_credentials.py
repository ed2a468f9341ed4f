"""Local credential store for the andrology lab's semen-analysis stations.

Each analysis station keeps a small SQLite user table so technicians can
sign results even when the LIMS link is down. Passwords are hashed with
bcrypt at a cost that is read from the station settings.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import bcrypt


@dataclass(frozen=True)
class StationSettings:
    db_path: Path = Path("/var/lib/andrology-station/users.db")
    bcrypt_rounds: int = 12
    min_password_length: int = 12


class TechnicianCredentials:
    def __init__(self, settings: StationSettings = StationSettings()) -> None:
        self.settings = settings
        self._conn = sqlite3.connect(settings.db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS technicians ("
            "badge TEXT PRIMARY KEY, display_name TEXT NOT NULL, pw_hash BLOB NOT NULL, "
            "active INTEGER NOT NULL DEFAULT 1)"
        )

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def enrol(self, badge: str, display_name: str, password: str) -> None:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        with self._conn:
            self._conn.execute(
                "INSERT INTO technicians (badge, display_name, pw_hash) VALUES (?, ?, ?)",
                (badge, display_name, self._hash(password)),
            )

    def verify(self, badge: str, password: str) -> bool:
        row = self._conn.execute(
            "SELECT pw_hash FROM technicians WHERE badge = ? AND active = 1", (badge,)
        ).fetchone()
        if row is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), row[0])

    def set_password(self, badge: str, password: str) -> None:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        with self._conn:
            updated = self._conn.execute(
                "UPDATE technicians SET pw_hash = ? WHERE badge = ?",
                (self._hash(password), badge),
            ).rowcount
        if updated == 0:
            raise KeyError(badge)

    def deactivate(self, badge: str) -> None:
        with self._conn:
            self._conn.execute("UPDATE technicians SET active = 0 WHERE badge = ?", (badge,))
