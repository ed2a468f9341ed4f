"""Password handling for staff logins on the till and back-office screens."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt


@dataclass(frozen=True)
class StaffAuthSettings:
    bcrypt_rounds: int = 12
    min_length: int = 12
    max_failed_attempts: int = 5


SETTINGS = StaffAuthSettings()


@dataclass
class StaffMember:
    staff_id: int
    username: str
    role: str


class StaffPasswordStore:
    def __init__(self, conn: sqlite3.Connection, settings: StaffAuthSettings = SETTINGS) -> None:
        self.conn = conn
        self.settings = settings

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < self.settings.min_length:
            raise ValueError(f"password must be at least {self.settings.min_length} characters")
        self.conn.execute(
            "UPDATE staff SET password_hash = ?, failed_attempts = 0 WHERE id = ?",
            (self._hash(password), staff_id),
        )
        self.conn.commit()

    def check(self, username: str, password: str) -> Optional[StaffMember]:
        row = self.conn.execute(
            "SELECT id, username, role, password_hash, failed_attempts FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        staff_id, uname, role, stored, failed = row
        if failed >= self.settings.max_failed_attempts:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), stored):
            self.conn.execute(
                "UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ?", (staff_id,)
            )
            self.conn.commit()
            return None
        self.conn.execute("UPDATE staff SET failed_attempts = 0 WHERE id = ?", (staff_id,))
        self.conn.commit()
        return StaffMember(staff_id, uname, role)
