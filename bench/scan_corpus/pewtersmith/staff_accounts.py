"""Staff accounts for the shop-floor till and the workshop tablet.

Counter staff sign in with a short numeric PIN; the same PIN unlocks the
casting log on the tablet. PINs are stored in the ``staff`` table of the
point-of-sale database.
"""
from __future__ import annotations

import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass
from hmac import compare_digest as same

DB_PATH = os.environ.get("PEWTER_POS_DB", "/var/lib/pewter/pos.sqlite3")
PIN_ROUNDS = 120_000
SALT_BYTES = 16


@dataclass
class StaffMember:
    staff_id: int
    display_name: str
    role: str


def _derive(secret: str, salt: bytes) -> bytes:
    return hl.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, PIN_ROUNDS)


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def set_pin(staff_id: int, pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValueError("PIN must be 4 to 8 digits")
    salt = os.urandom(SALT_BYTES)
    digest = _derive(pin, salt)
    with _connect() as conn:
        conn.execute(
            "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?",
            (salt, digest, staff_id),
        )


def verify_pin(staff_id: int, pin: str) -> StaffMember | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, display_name, role, pin_salt, pin_hash "
            "FROM staff WHERE id = ? AND active = 1",
            (staff_id,),
        ).fetchone()
    if row is None or row["pin_hash"] is None:
        return None
    candidate = _derive(pin, row["pin_salt"])
    if not same(candidate, row["pin_hash"]):
        return None
    return StaffMember(row["id"], row["display_name"], row["role"])


def list_active(role: str | None = None) -> list[StaffMember]:
    sql = "SELECT id, display_name, role FROM staff WHERE active = 1"
    params: tuple = ()
    if role:
        sql += " AND role = ?"
        params = (role,)
    with _connect() as conn:
        rows = conn.execute(sql + " ORDER BY display_name", params).fetchall()
    return [StaffMember(r["id"], r["display_name"], r["role"]) for r in rows]
