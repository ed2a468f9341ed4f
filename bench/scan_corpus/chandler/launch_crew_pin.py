"""PIN sign-in for delivery launch crews on the quayside tablets.

Coxswains and deckhands sign in with a short PIN before they can mark
provisioning pallets as loaded or handed over to a vessel.
"""
import hashlib
import hmac
import os
import sqlite3
from contextlib import closing

DB_PATH = os.environ.get("LAUNCH_DB", "/var/lib/chandler/launch.db")
PIN_LENGTH = 6


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _pin_digest(pin: str, salt: bytes) -> str:
    return hashlib.sha256(salt + pin.encode("ascii")).hexdigest()


def set_crew_pin(crew_id: int, pin: str) -> None:
    if not (pin.isdigit() and len(pin) == PIN_LENGTH):
        raise ValueError("PIN must be %d digits" % PIN_LENGTH)
    salt = os.urandom(16)
    with closing(_connect()) as conn, conn:
        conn.execute(
            "UPDATE launch_crew SET pin_salt = ?, pin_hash = ? WHERE id = ?",
            (salt.hex(), _pin_digest(pin, salt), crew_id),
        )


def verify_crew_pin(crew_id: int, pin: str) -> bool:
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_hash, locked FROM launch_crew WHERE id = ?",
            (crew_id,),
        ).fetchone()
    if row is None or row["locked"]:
        return False
    candidate = _pin_digest(pin, bytes.fromhex(row["pin_salt"]))
    return hmac.compare_digest(candidate, row["pin_hash"])


def crew_on_shift(launch_code: str) -> list[dict]:
    with closing(_connect()) as conn:
        rows = conn.execute(
            "SELECT id, display_name, role FROM launch_crew "
            "WHERE launch_code = ? AND on_shift = 1 ORDER BY role",
            (launch_code,),
        ).fetchall()
    return [dict(r) for r in rows]
