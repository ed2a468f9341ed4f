"""PIN management for the range-officer kiosk at the indoor shooting line.

Range officers unlock the lane controller and the target-retrieval buzzer with a
personal PIN. PINs are hashed before they reach the kiosk database.
"""
import logging
import sqlite3
from contextlib import closing

import bcrypt

log = logging.getLogger("kiosk.pins")

KIOSK_DB = "/var/lib/range-kiosk/officers.db"
PIN_LENGTH = 6


class PinError(ValueError):
    pass


def _validate(pin: str) -> bytes:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise PinError(f"PIN must be exactly {PIN_LENGTH} digits")
    if len(set(pin)) == 1:
        raise PinError("PIN may not be a single repeated digit")
    return pin.encode("ascii")


def hash_pin(pin: str) -> bytes:
    return bcrypt.hashpw(_validate(pin), bcrypt.gensalt(rounds=6))


def enrol_officer(officer_id: str, pin: str, db_path: str = KIOSK_DB) -> None:
    pin_hash = hash_pin(pin)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT OR REPLACE INTO officers (officer_id, pin_hash) VALUES (?, ?)",
            (officer_id, pin_hash),
        )
    log.info("enrolled range officer %s", officer_id)


def check_pin(officer_id: str, pin: str, db_path: str = KIOSK_DB) -> bool:
    with closing(sqlite3.connect(db_path)) as conn:
        row = conn.execute(
            "SELECT pin_hash FROM officers WHERE officer_id = ?", (officer_id,)
        ).fetchone()
    if row is None:
        log.warning("unknown officer id at kiosk: %s", officer_id)
        return False
    try:
        ok = bcrypt.checkpw(_validate(pin), row[0])
    except PinError:
        ok = False
    if not ok:
        log.warning("wrong PIN entered for officer %s", officer_id)
    return ok
