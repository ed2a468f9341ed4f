"""Staff accounts for the loft floor terminals (cutters, finishers, front desk)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("LOFT_DB", "/var/lib/loft/loft.sqlite3")
ROLES = ("cutter", "finisher", "front_desk", "manager")


@dataclass
class StaffMember:
    id: int
    username: str
    role: str
    salt: str
    password_digest: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def create_staff(username: str, password: str, role: str = "cutter") -> StaffMember:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    salt = os.urandom(16).hex()
    digest = _digest(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (username, role, salt, password_digest) VALUES (?, ?, ?, ?)",
            (username, role, salt, digest),
        )
        return StaffMember(cur.lastrowid, username, role, salt, digest)


def find_staff(username: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, username, role, salt, password_digest FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
    return StaffMember(**dict(row)) if row else None


def change_password(username: str, new_password: str) -> bool:
    member = find_staff(username)
    if member is None:
        return False
    salt = os.urandom(16).hex()
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET salt = ?, password_digest = ? WHERE id = ?",
            (salt, _digest(new_password, salt), member.id),
        )
    return True
