"""PIN enrolment for yard staff at the weighbridge and hide-intake terminals.

Each operative badges in at the terminal and confirms with a four to six digit
PIN before recording hide weights from an abattoir delivery.
"""
import hashlib
import hmac
import secrets
import sqlite3
from pathlib import Path

TERMINAL_DB = Path("/var/lib/tanyard/terminal.db")


class PinPolicyError(ValueError):
    pass


def _check_policy(pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 6:
        raise PinPolicyError("PIN must be 4 to 6 digits")
    if len(set(pin)) == 1:
        raise PinPolicyError("PIN may not repeat a single digit")


def _fingerprint(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode()
    return hashlib.sha256(material).hexdigest()


class StaffPinStore:
    def __init__(self, db_path: Path = TERMINAL_DB):
        self._conn = sqlite3.connect(db_path)

    def enrol(self, badge_no: str, pin: str) -> None:
        _check_policy(pin)
        salt = secrets.token_hex(8)
        self._conn.execute(
            "UPDATE yard_staff SET pin_salt = ?, pin_hash = ? WHERE badge_no = ?",
            (salt, _fingerprint(pin, salt), badge_no),
        )
        self._conn.commit()

    def confirm(self, badge_no: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT pin_salt, pin_hash FROM yard_staff WHERE badge_no = ? AND active = 1",
            (badge_no,),
        ).fetchone()
        if not row:
            return False
        return hmac.compare_digest(_fingerprint(pin, row[0]), row[1])

    def close(self) -> None:
        self._conn.close()
