"""Login accounts for workshop technicians (voicers, tuners, joiners).

Technicians sign in on the workshop tablets to read voicing sheets and
record hours against commissions.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt

MIN_PASSWORD_LENGTH = 12


@dataclass
class Technician:
    id: int
    username: str
    trade: str
    active: bool


class TechnicianAccounts:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _hash(password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))

    def register(self, username: str, trade: str, password: str) -> int:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO technicians (username, trade, pw_hash, active) VALUES (?, ?, ?, 1)",
                (username.lower(), trade, self._hash(password)),
            )
        return int(cur.lastrowid)

    def authenticate(self, username: str, password: str) -> Optional[Technician]:
        row = self._conn.execute(
            "SELECT id, username, trade, pw_hash, active FROM technicians WHERE username = ?",
            (username.lower(),),
        ).fetchone()
        if row is None or not row["active"]:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), row["pw_hash"]):
            return None
        return Technician(row["id"], row["username"], row["trade"], bool(row["active"]))

    def reset_password(self, technician_id: int, new_password: str) -> None:
        if len(new_password) < MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        with self._conn:
            self._conn.execute(
                "UPDATE technicians SET pw_hash = ? WHERE id = ?",
                (self._hash(new_password), technician_id),
            )

    def deactivate(self, technician_id: int) -> None:
        with self._conn:
            self._conn.execute("UPDATE technicians SET active = 0 WHERE id = ?", (technician_id,))
