"""Staff accounts for the forge-floor terminals (clock-in and batch sign-off)."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("CUTLER_STAFF_DB", "/var/lib/cutler/staff.db")
ROLES = {"smith", "grinder", "engraver", "foreman"}


@dataclass
class StaffMember:
    badge_no: str
    display_name: str
    role: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


def enrol(member: StaffMember, pin: str) -> None:
    """Register a new badge with the PIN chosen at the terminal."""
    if member.role not in ROLES:
        raise ValueError(f"unknown role {member.role!r}")
    if not (pin.isdigit() and 6 <= len(pin) <= 10):
        raise ValueError("PIN must be 6-10 digits")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO staff (badge_no, display_name, role, pin_salt, pin_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (member.badge_no, member.display_name, member.role,
             salt.hex(), _digest_pin(pin, salt)),
        )


def check_pin(badge_no: str, pin: str) -> Optional[StaffMember]:
    """Return the staff member if the badge/PIN pair is valid."""
    with _connect() as conn:
        row = conn.execute(
            "SELECT badge_no, display_name, role, pin_salt, pin_hash "
            "FROM staff WHERE badge_no = ?",
            (badge_no,),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest_pin(pin, bytes.fromhex(row["pin_salt"]))
    if not hmac.compare_digest(candidate, row["pin_hash"]):
        return None
    return StaffMember(row["badge_no"], row["display_name"], row["role"])
