"""Signing PINs for office staff who countersign certified copies.

Each notary clerk sets a six-digit PIN that is asked for before the
stamp-and-sign step of a certified copy. PIN records live in the
``staff_pins`` table of the office database.
"""
import hashlib
import secrets
import sqlite3
from contextlib import closing

DB_PATH = "/var/lib/scrivener/office.db"
PIN_LENGTH = 6


def _pin_digest(salt: str, pin: str) -> str:
    return hashlib.sha256((salt + pin).encode("ascii")).hexdigest()


def _connect(path: str = DB_PATH) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def set_pin(staff_id: int, pin: str, db_path: str = DB_PATH) -> None:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise ValueError(f"PIN must be {PIN_LENGTH} digits")
    salt = secrets.token_hex(8)
    with closing(_connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO staff_pins (staff_id, salt, digest) VALUES (?, ?, ?) "
            "ON CONFLICT(staff_id) DO UPDATE SET salt = excluded.salt, digest = excluded.digest",
            (staff_id, salt, _pin_digest(salt, pin)),
        )


def verify_pin(staff_id: int, pin: str, db_path: str = DB_PATH) -> bool:
    with closing(_connect(db_path)) as conn:
        row = conn.execute(
            "SELECT salt, digest FROM staff_pins WHERE staff_id = ?", (staff_id,)
        ).fetchone()
    if row is None:
        return False
    return secrets.compare_digest(row["digest"], _pin_digest(row["salt"], pin))


def require_pin_for_stamp(staff_id: int, pin: str, copy_reference: str,
                          db_path: str = DB_PATH) -> dict:
    """Gate used by the stamping workflow before a certified copy is sealed."""
    if not verify_pin(staff_id, pin, db_path):
        raise PermissionError(f"PIN rejected for staff member {staff_id}")
    with closing(_connect(db_path)) as conn, conn:
        conn.execute(
            "UPDATE certified_copies SET sealed_by = ?, sealed_at = CURRENT_TIMESTAMP "
            "WHERE reference = ?",
            (staff_id, copy_reference),
        )
    return {"copy": copy_reference, "sealed_by": staff_id}
