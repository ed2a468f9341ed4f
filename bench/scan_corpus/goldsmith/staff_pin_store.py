"""Bench staff PIN management for the workshop terminal.

Goldsmiths sign items in and out of the safe with a short PIN at the
bench tablet. PINs are stored per staff member in the workshop database.
"""
from __future__ import annotations

import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass
from hmac import compare_digest

DB_PATH = os.environ.get("WORKSHOP_DB", "/var/lib/atelier/workshop.db")
SALT_BYTES = 16


@dataclass
class StaffMember:
    staff_id: int
    initials: str
    role: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


def set_pin(conn: sqlite3.Connection, staff: StaffMember, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 4:
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(SALT_BYTES)
    conn.execute(
        "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?",
        (salt.hex(), _digest_pin(pin, salt), staff.staff_id),
    )
    conn.commit()


def check_pin(conn: sqlite3.Connection, staff_id: int, pin: str) -> bool:
    row = conn.execute(
        "SELECT pin_salt, pin_hash FROM staff WHERE id = ?", (staff_id,)
    ).fetchone()
    if row is None:
        return False
    salt_hex, stored = row
    candidate = _digest_pin(pin, bytes.fromhex(salt_hex))
    return compare_digest(candidate, stored)


def load_staff(conn: sqlite3.Connection, initials: str) -> StaffMember | None:
    row = conn.execute(
        "SELECT id, initials, role FROM staff WHERE initials = ?", (initials.upper(),)
    ).fetchone()
    return StaffMember(*row) if row else None


if __name__ == "__main__":
    import getpass
    import sys

    with sqlite3.connect(DB_PATH) as db:
        member = load_staff(db, sys.argv[1])
        if member is None:
            sys.exit(f"no staff member with initials {sys.argv[1]}")
        set_pin(db, member, getpass.getpass("New PIN: "))
        print(f"PIN updated for {member.initials}")
