"""Account service for the landowner self-service area.

Landowners sign in to accept quotes and download completion certificates
for their stewardship claims.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass
class Landowner:
    id: int
    email: str
    farm_name: str


class LandownerAccountService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self._hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

    def register(self, email: str, farm_name: str, password: str) -> Landowner:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        cur = self.conn.execute(
            "INSERT INTO landowners (email, farm_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), farm_name, self._hasher.hash(password)),
        )
        self.conn.commit()
        return Landowner(cur.lastrowid, email.lower(), farm_name)

    def authenticate(self, email: str, password: str) -> Optional[Landowner]:
        row = self.conn.execute(
            "SELECT id, email, farm_name, password_hash FROM landowners WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        try:
            self._hasher.verify(row["password_hash"], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(row["password_hash"]):
            self.conn.execute(
                "UPDATE landowners SET password_hash = ? WHERE id = ?",
                (self._hasher.hash(password), row["id"]),
            )
            self.conn.commit()
        return Landowner(row["id"], row["email"], row["farm_name"])
