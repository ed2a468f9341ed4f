"""Homeowner PINs for the guarantee portal.

When a re-roof is signed off the customer receives a guarantee number and
chooses a six digit PIN. With both they can download their certificate and
raise a claim online without phoning the office.
"""
import hashlib
import hmac
import os
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

DB_PATH = os.environ.get("GUARANTEE_DB", "/var/lib/slater/guarantees.db")


class PinError(ValueError):
    pass


def _derive(pin: str, salt: bytes, rounds: int = 100_000) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, rounds)


def _validate(pin: str) -> None:
    if len(pin) != 6 or not pin.isdigit():
        raise PinError("PIN must be exactly six digits")


def set_pin(guarantee_no: str, pin: str) -> None:
    _validate(pin)
    salt = os.urandom(16)
    stored = salt + _derive(pin, salt)
    with closing(sqlite3.connect(DB_PATH)) as conn, conn:
        cur = conn.execute(
            "UPDATE guarantees SET portal_pin = ?, pin_set_at = ? WHERE guarantee_no = ?",
            (stored, datetime.now(timezone.utc).isoformat(), guarantee_no),
        )
        if cur.rowcount != 1:
            raise PinError(f"unknown guarantee {guarantee_no}")


def check_pin(guarantee_no: str, pin: str) -> bool:
    with closing(sqlite3.connect(DB_PATH)) as conn:
        row = conn.execute(
            "SELECT portal_pin FROM guarantees WHERE guarantee_no = ?",
            (guarantee_no,),
        ).fetchone()
    if not row or row[0] is None:
        return False
    blob = row[0]
    salt, expected = blob[:16], blob[16:]
    return hmac.compare_digest(_derive(pin, salt), expected)
