"""Staff accounts for the studio back office (press operators, designers, front desk)."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("STUDIO_DB", "/var/lib/letterpress/studio.db")
ROLES = ("operator", "designer", "front_desk", "manager")


@dataclass
class StaffMember:
    id: int
    email: str
    display_name: str
    role: str


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


class StaffRepository:
    """Thin wrapper around the ``staff`` table."""

    def __init__(self, path: str = DB_PATH) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def create(self, email: str, display_name: str, role: str, password: str) -> int:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        salt = os.urandom(16)
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO staff (email, display_name, role, salt, password_hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (email.lower(), display_name, role, salt.hex(), _digest(password, salt)),
            )
        return cur.lastrowid

    def change_password(self, staff_id: int, new_password: str) -> None:
        salt = os.urandom(16)
        with self.conn:
            self.conn.execute(
                "UPDATE staff SET salt = ?, password_hash = ? WHERE id = ?",
                (salt.hex(), _digest(new_password, salt), staff_id),
            )

    def authenticate(self, email: str, password: str) -> Optional[StaffMember]:
        row = self.conn.execute(
            "SELECT id, email, display_name, role, salt, password_hash "
            "FROM staff WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = _digest(password, bytes.fromhex(row["salt"]))
        if not hmac.compare_digest(candidate, row["password_hash"]):
            return None
        return StaffMember(row["id"], row["email"], row["display_name"], row["role"])

    def list_by_role(self, role: str) -> list[StaffMember]:
        rows = self.conn.execute(
            "SELECT id, email, display_name, role FROM staff WHERE role = ? ORDER BY display_name",
            (role,),
        )
        return [StaffMember(r["id"], r["email"], r["display_name"], r["role"]) for r in rows]
