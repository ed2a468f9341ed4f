"""Staff login accounts for the front counter and engraving floor terminals."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("ENGRAVER_DB", "/var/lib/engraver/studio.db")
SALT_BYTES = 16
ROLES = ("counter", "engraver", "manager")


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


def create_staff(username: str, password: str, role: str = "engraver") -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(SALT_BYTES)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (username, salt, pw_hash, role) VALUES (?, ?, ?, ?)",
            (username.lower(), salt.hex(), _digest(password, salt), role),
        )
        return cur.lastrowid


def authenticate(username: str, password: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, username, salt, pw_hash, role FROM staff WHERE username = ?",
            (username.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return StaffMember(row["id"], row["username"], row["role"])


def change_password(member: StaffMember, new_password: str) -> None:
    salt = os.urandom(SALT_BYTES)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), member.id),
        )
