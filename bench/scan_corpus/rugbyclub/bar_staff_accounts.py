"""Bar staff accounts for the clubhouse till.

Volunteers log in at the till to open and close member tabs. Accounts
live in the same SQLite database as the tab ledger.
"""
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class BarStaffMember:
    staff_id: int
    username: str
    display_name: str
    can_void: bool


class BarStaffAccounts:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _hash_password(password: str, salt: str) -> str:
        return hashlib.sha512((salt + password).encode("utf-8")).hexdigest()

    def create(self, username: str, display_name: str, password: str, can_void: bool = False) -> int:
        salt = secrets.token_hex(16)
        password_hash = self._hash_password(password, salt)
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO bar_staff (username, display_name, salt, password_hash, can_void) "
                "VALUES (?, ?, ?, ?, ?)",
                (username, display_name, salt, password_hash, int(can_void)),
            )
        return cur.lastrowid

    def authenticate(self, username: str, password: str) -> Optional[BarStaffMember]:
        row = self._conn.execute(
            "SELECT id, username, display_name, salt, password_hash, can_void "
            "FROM bar_staff WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        candidate = self._hash_password(password, row["salt"])
        if not hmac.compare_digest(candidate, row["password_hash"]):
            return None
        return BarStaffMember(
            staff_id=row["id"],
            username=row["username"],
            display_name=row["display_name"],
            can_void=bool(row["can_void"]),
        )

    def change_password(self, staff_id: int, new_password: str) -> None:
        salt = secrets.token_hex(16)
        with self._conn:
            self._conn.execute(
                "UPDATE bar_staff SET salt = ?, password_hash = ? WHERE id = ?",
                (salt, self._hash_password(new_password, salt), staff_id),
            )

    def deactivate(self, staff_id: int) -> None:
        with self._conn:
            self._conn.execute("UPDATE bar_staff SET active = 0 WHERE id = ?", (staff_id,))
