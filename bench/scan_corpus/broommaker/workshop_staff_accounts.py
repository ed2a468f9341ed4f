"""Staff accounts for the workshop tablet (clocking in, bench assignments)."""

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("WORKSHOP_DB", "/var/lib/broomworks/workshop.db")
BENCHES = ("binding", "handles", "heather", "finishing")


@dataclass
class StaffMember:
    staff_id: int
    name: str
    bench: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


def register_staff(name: str, bench: str, pin: str) -> int:
    if bench not in BENCHES:
        raise ValueError(f"unknown bench {bench!r}")
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValueError("PIN must be 4-8 digits")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO staff (name, bench, pin_salt, pin_hash) VALUES (?, ?, ?, ?)",
            (name, bench, salt.hex(), _digest_pin(pin, salt)),
        )
        return cur.lastrowid


def check_in(staff_id: int, pin: str) -> Optional[StaffMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT staff_id, name, bench, pin_salt, pin_hash FROM staff WHERE staff_id = ?",
            (staff_id,),
        ).fetchone()
        if row is None:
            return None
        candidate = _digest_pin(pin, bytes.fromhex(row["pin_salt"]))
        if not hmac.compare_digest(candidate, row["pin_hash"]):
            return None
        conn.execute(
            "INSERT INTO clock_events (staff_id, kind) VALUES (?, 'in')",
            (staff_id,),
        )
    return StaffMember(row["staff_id"], row["name"], row["bench"])


def move_bench(staff_id: int, bench: str) -> None:
    if bench not in BENCHES:
        raise ValueError(f"unknown bench {bench!r}")
    with _connect() as conn:
        conn.execute("UPDATE staff SET bench = ? WHERE staff_id = ?", (bench, staff_id))
