"""Staff console accounts for venue managers (till, room scheduler, jukebox admin)."""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from hmac import compare_digest
from typing import Optional

ROLES = ("host", "bar", "manager", "regional")


@dataclass
class StaffAccount:
    staff_id: int
    username: str
    venue_code: str
    salt: str
    password_hash: str
    role: str


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class StaffAccountRepository:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def create(self, username: str, venue_code: str, password: str, role: str = "host") -> int:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        salt = secrets.token_hex(16)
        cur = self._conn.execute(
            "INSERT INTO staff_accounts (username, venue_code, salt, password_hash, role) "
            "VALUES (?, ?, ?, ?, ?)",
            (username, venue_code, salt, _hash_password(password, salt), role),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def find(self, username: str) -> Optional[StaffAccount]:
        row = self._conn.execute(
            "SELECT staff_id, username, venue_code, salt, password_hash, role "
            "FROM staff_accounts WHERE username = ?",
            (username,),
        ).fetchone()
        return StaffAccount(**dict(row)) if row else None

    def authenticate(self, username: str, password: str) -> Optional[StaffAccount]:
        account = self.find(username)
        if account is None:
            return None
        candidate = _hash_password(password, account.salt)
        if not compare_digest(candidate, account.password_hash):
            return None
        return account

    def change_password(self, staff_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("staff passwords must be at least 10 characters")
        salt = secrets.token_hex(16)
        self._conn.execute(
            "UPDATE staff_accounts SET salt = ?, password_hash = ? WHERE staff_id = ?",
            (salt, _hash_password(new_password, salt), staff_id),
        )
        self._conn.commit()
