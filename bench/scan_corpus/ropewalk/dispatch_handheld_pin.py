"""PIN sign-on for the dispatch bay handheld scanners.

Pickers sign on to the warehouse handhelds with their clock number and a four
to six digit PIN before they can scan coils and reels onto a pallet.
"""
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

DB_PATH = "/var/lib/ropewalk/dispatch.db"


@dataclass
class Picker:
    clock_number: str
    display_name: str
    pin_salt: str
    pin_hash: str


def _pin_digest(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode()
    return hashlib.sha256(material).hexdigest()


def set_pin(conn: sqlite3.Connection, clock_number: str, pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 6:
        raise ValueError("PIN must be 4 to 6 digits")
    salt = secrets.token_hex(8)
    conn.execute(
        "UPDATE pickers SET pin_salt = ?, pin_hash = ? WHERE clock_number = ?",
        (salt, _pin_digest(pin, salt), clock_number),
    )
    conn.commit()


def load_picker(conn: sqlite3.Connection, clock_number: str) -> Picker | None:
    row = conn.execute(
        "SELECT clock_number, display_name, pin_salt, pin_hash FROM pickers WHERE clock_number = ?",
        (clock_number,),
    ).fetchone()
    return Picker(*row) if row else None


def sign_on(clock_number: str, pin: str) -> Picker | None:
    with sqlite3.connect(DB_PATH) as conn:
        picker = load_picker(conn, clock_number)
    if picker is None:
        return None
    candidate = _pin_digest(pin, picker.pin_salt)
    if hmac.compare_digest(candidate, picker.pin_hash):
        return picker
    return None
