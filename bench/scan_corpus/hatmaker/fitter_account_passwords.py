"""Passwords for fitters who sign in to the appointment diary.

Hashes are bcrypt; the work factor is a class attribute so it can be raised
over time, and ``needs_rehash`` upgrades old hashes at the next sign-in.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt


@dataclass
class Fitter:
    id: int
    email: str
    display_name: str


class FitterPasswordService:
    WORK_FACTOR = 12

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.WORK_FACTOR)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def needs_rehash(self, stored: str) -> bool:
        try:
            cost = int(stored.split("$")[2])
        except (IndexError, ValueError):
            return True
        return cost < self.WORK_FACTOR

    def set_password(self, fitter_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Password must be at least 10 characters")
        self._conn.execute(
            "UPDATE fitters SET password_hash = ? WHERE id = ?", (self._hash(password), fitter_id)
        )
        self._conn.commit()

    def sign_in(self, email: str, password: str) -> Optional[Fitter]:
        row = self._conn.execute(
            "SELECT id, email, display_name, password_hash FROM fitters"
            " WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        stored = row["password_hash"]
        if not bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii")):
            return None
        if self.needs_rehash(stored):
            self.set_password(row["id"], password)
        return Fitter(id=row["id"], email=row["email"], display_name=row["display_name"])
