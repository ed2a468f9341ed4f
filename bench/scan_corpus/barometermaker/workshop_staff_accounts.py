"""Staff account management for the workshop back office.

Bench technicians, the front-desk team and the restoration manager each get
an account so that repair tickets and calibration sign-offs can be attributed.
"""
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

DB_PATH = os.environ.get("WORKSHOP_DB", "workshop.sqlite3")

ROLES = {"technician", "front_desk", "manager"}


@dataclass
class StaffMember:
    username: str
    full_name: str
    role: str
    created_at: datetime


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_staff_member(username: str, full_name: str, role: str, password: str) -> StaffMember:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    stored = _digest_password(password, salt)
    now = datetime.now(timezone.utc)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO staff (username, full_name, role, pw_salt, pw_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (username, full_name, role, salt.hex(), stored, now.isoformat()),
        )
    return StaffMember(username, full_name, role, now)


def deactivate_staff_member(username: str) -> bool:
    with _connect() as conn:
        cur = conn.execute("UPDATE staff SET active = 0 WHERE username = ?", (username,))
        return cur.rowcount == 1


def list_technicians() -> list[StaffMember]:
    with _connect() as conn:
        rows = conn.execute(
            "SELECT username, full_name, role, created_at FROM staff "
            "WHERE role = 'technician' AND active = 1 ORDER BY full_name"
        ).fetchall()
    return [
        StaffMember(r["username"], r["full_name"], r["role"], datetime.fromisoformat(r["created_at"]))
        for r in rows
    ]
