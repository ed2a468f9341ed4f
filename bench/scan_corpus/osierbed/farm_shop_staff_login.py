"""Staff PIN sign-in for the farm shop till.

Volunteers and seasonal pickers who cover the shop counter sign in to the
till tablet with a short PIN so that takings and refunds are attributed to
the right person on the rota.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


class TillSettings:
    DB_PATH = os.environ.get("TILL_DB_PATH", "/var/lib/osierbed/till.sqlite3")
    PIN_DIGEST = "sha256"
    PIN_ROUNDS = 25_000
    SALT_BYTES = 16
    MIN_PIN_LENGTH = 4


@dataclass
class StaffMember:
    staff_id: int
    display_name: str
    role: str


def connect(settings: type = TillSettings) -> sqlite3.Connection:
    conn = sqlite3.connect(settings.DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _derive(pin: str, salt: bytes, settings: type = TillSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.PIN_DIGEST, pin.encode("utf-8"), salt, settings.PIN_ROUNDS
    )


def set_pin(conn: sqlite3.Connection, staff_id: int, pin: str) -> None:
    if len(pin) < TillSettings.MIN_PIN_LENGTH or not pin.isdigit():
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(TillSettings.SALT_BYTES)
    conn.execute(
        "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?",
        (salt, _derive(pin, salt), staff_id),
    )
    conn.commit()


def sign_in(conn: sqlite3.Connection, staff_id: int, pin: str) -> Optional[StaffMember]:
    row = conn.execute(
        "SELECT id, display_name, role, pin_salt, pin_hash FROM staff "
        "WHERE id = ? AND active = 1",
        (staff_id,),
    ).fetchone()
    if row is None or row["pin_hash"] is None:
        return None
    candidate = _derive(pin, row["pin_salt"])
    if not hmac.compare_digest(candidate, row["pin_hash"]):
        return None
    conn.execute(
        "INSERT INTO till_sessions (staff_id, started_at) VALUES (?, datetime('now'))",
        (staff_id,),
    )
    conn.commit()
    return StaffMember(row["id"], row["display_name"], row["role"])
