"""Staff accounts for the workshop back office.

Bench technicians and front-desk staff sign in to the job board with
these credentials. Accounts are created by the shop owner from the
admin screen.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("WORKSHOP_DB", "workshop.sqlite3")
ROLES = ("owner", "technician", "front_desk")


@dataclass
class StaffMember:
    id: int
    username: str
    role: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def create_staff(username: str, password: str, role: str = "technician") -> StaffMember:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (username, role, salt, password_hash) VALUES (?, ?, ?, ?)",
            (username, role, salt.hex(), _digest(password, salt)),
        )
        return StaffMember(cur.lastrowid, username, role)


def authenticate(username: str, password: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, username, role, salt, password_hash FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return None
    return StaffMember(row["id"], row["username"], row["role"])


def change_password(staff_id: int, new_password: str) -> None:
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET salt = ?, password_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), staff_id),
        )
