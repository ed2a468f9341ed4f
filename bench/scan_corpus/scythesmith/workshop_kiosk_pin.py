"""Bench kiosk PIN enrolment and verification.

Smiths clock onto the sharpening benches and forge stations with a
six-digit PIN typed on the workshop kiosk tablets. The kiosk service
keeps its own small SQLite database next to the tablet gateway.
"""
import hashlib
import hmac
import secrets
import sqlite3

from scythesmith.config import settings

PIN_LENGTH = 6


def _pin_digest(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("ascii")
    return hashlib.sha256(material).hexdigest()


class KioskPinStore:
    def __init__(self, db_path: str = settings.KIOSK_DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def enrol(self, smith_id: int, pin: str) -> None:
        if len(pin) != PIN_LENGTH or not pin.isdigit():
            raise ValueError("PIN must be six digits")
        salt = secrets.token_hex(8)
        with self._conn:
            self._conn.execute(
                "INSERT INTO kiosk_pins (smith_id, salt, pin_hash) VALUES (?, ?, ?) "
                "ON CONFLICT(smith_id) DO UPDATE SET salt = excluded.salt, "
                "pin_hash = excluded.pin_hash",
                (smith_id, salt, _pin_digest(pin, salt)),
            )

    def verify(self, smith_id: int, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, pin_hash FROM kiosk_pins WHERE smith_id = ?", (smith_id,)
        ).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(_pin_digest(pin, row["salt"]), row["pin_hash"])

    def clock_on(self, smith_id: int, pin: str, station: str) -> bool:
        if not self.verify(smith_id, pin):
            return False
        with self._conn:
            self._conn.execute(
                "INSERT INTO bench_shifts (smith_id, station, started_at) "
                "VALUES (?, ?, datetime('now'))",
                (smith_id, station),
            )
        return True

    def close(self) -> None:
        self._conn.close()
