"""Staff accounts for the studio back office (proof desk, kiln room, dispatch)."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("STUDIO_DB", "/var/lib/enameller/studio.db")
ROLES = ("proof_desk", "kiln_room", "dispatch", "admin")


@dataclass
class StaffMember:
    id: int
    email: str
    role: str
    active: bool


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def create_staff(email: str, password: str, role: str) -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (email, role, salt, password_hash, active) "
            "VALUES (?, ?, ?, ?, 1)",
            (email.lower(), role, salt.hex(), _digest(password, salt)),
        )
        return cur.lastrowid


def verify_login(email: str, password: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, role, salt, password_hash, active FROM staff WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None or not row["active"]:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["password_hash"]):
        return None
    return StaffMember(row["id"], row["email"], row["role"], bool(row["active"]))


def change_password(staff_id: int, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET salt = ?, password_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), staff_id),
        )
