"""Counter staff PIN login for the shop till and the workshop tablet."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("FRAMER_DB", "/var/lib/framer/shop.db")
MIN_PIN_LENGTH = 4


@dataclass
class StaffMember:
    staff_id: int
    display_name: str
    role: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_pin(pin: str, salt: bytes) -> str:
    return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()


def set_pin(staff_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?",
            (salt.hex(), _digest_pin(pin, salt), staff_id),
        )


def check_pin(staff_id: int, pin: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, display_name, role, pin_salt, pin_hash FROM staff WHERE id = ?",
            (staff_id,),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest_pin(pin, bytes.fromhex(row["pin_salt"]))
    if not hmac.compare_digest(candidate, row["pin_hash"]):
        return None
    return StaffMember(row["id"], row["display_name"], row["role"])


def list_active_staff() -> list[StaffMember]:
    with _connect() as conn:
        rows = conn.execute(
            "SELECT id, display_name, role FROM staff WHERE active = 1 ORDER BY display_name"
        ).fetchall()
    return [StaffMember(r["id"], r["display_name"], r["role"]) for r in rows]
