"""Credential storage for crematorium floor staff (operators, drivers, front desk)."""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from hmac import compare_digest
from typing import Optional

ROLES = {"operator", "driver", "front_desk", "manager"}


@dataclass
class StaffMember:
    id: int
    username: str
    role: str


class StaffCredentialStore:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path)

    @staticmethod
    def _derive(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def add(self, username: str, password: str, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        salt = secrets.token_hex(16)
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO staff (username, role, salt, password_hash) VALUES (?, ?, ?, ?)",
                (username, role, salt, self._derive(password, salt)),
            )

    def check(self, username: str, password: str) -> Optional[StaffMember]:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT id, username, role, salt, password_hash FROM staff WHERE username = ?",
                (username,),
            ).fetchone()
        if row is None:
            return None
        staff_id, name, role, salt, stored = row
        if not compare_digest(self._derive(password, salt), stored):
            return None
        return StaffMember(id=staff_id, username=name, role=role)

    def change_password(self, username: str, old: str, new: str) -> bool:
        if self.check(username, old) is None:
            return False
        salt = secrets.token_hex(16)
        with self._conn() as conn:
            conn.execute(
                "UPDATE staff SET salt = ?, password_hash = ? WHERE username = ?",
                (salt, self._derive(new, salt), username),
            )
        return True
