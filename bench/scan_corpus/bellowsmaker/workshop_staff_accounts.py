"""Staff accounts for the workshop floor terminals.

Bench staff sign in at the shared terminals with their initials and a short
PIN to clock onto repair tickets. Accounts live in the workshop SQLite
database next to the ticket tables.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("WORKSHOP_DB", "/var/lib/bellows/workshop.db")
MIN_PIN_LENGTH = 4


@dataclass
class StaffMember:
    staff_id: int
    initials: str
    display_name: str
    role: str = "bench"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


def create_staff(initials: str, display_name: str, pin: str, role: str = "bench") -> int:
    if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (initials, display_name, role, pin_salt, pin_hash, active) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            (initials.upper(), display_name, role, salt.hex(), _digest_pin(pin, salt)),
        )
        return cur.lastrowid


def change_pin(staff_id: int, new_pin: str) -> None:
    if not new_pin.isdigit() or len(new_pin) < MIN_PIN_LENGTH:
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE staff_id = ?",
            (salt.hex(), _digest_pin(new_pin, salt), staff_id),
        )


def check_pin(initials: str, pin: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT staff_id, initials, display_name, role, pin_salt, pin_hash "
            "FROM staff WHERE initials = ? AND active = 1",
            (initials.upper(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest_pin(pin, bytes.fromhex(row["pin_salt"]))
    if not hmac.compare_digest(candidate, row["pin_hash"]):
        return None
    return StaffMember(row["staff_id"], row["initials"], row["display_name"], row["role"])
