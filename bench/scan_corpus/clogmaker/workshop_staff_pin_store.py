"""Workbench kiosk PIN management for workshop staff clock-in and clock-out."""

import hashlib
import secrets
import sqlite3
from datetime import datetime, timezone

from clogmaker.config import settings


class PinFormatError(ValueError):
    pass


class StaffPinStore:
    """Stores kiosk PINs for carvers, finishers and the front-desk team."""

    def __init__(self, db_path: str = settings.KIOSK_DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _fingerprint(pin: str, salt: str) -> str:
        material = f"{salt}:{pin}".encode("utf-8")
        return hashlib.sha256(material).hexdigest()

    def set_pin(self, staff_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) != settings.KIOSK_PIN_LENGTH:
            raise PinFormatError("PIN must be numeric and of the configured length")
        salt = secrets.token_hex(8)
        self._conn.execute(
            "UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_changed_at = ? WHERE id = ?",
            (salt, self._fingerprint(pin, salt), datetime.now(timezone.utc).isoformat(), staff_id),
        )
        self._conn.commit()

    def verify(self, staff_id: int, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT pin_salt, pin_hash FROM staff WHERE id = ? AND active = 1", (staff_id,)
        ).fetchone()
        if row is None:
            return False
        return secrets.compare_digest(self._fingerprint(pin, row["pin_salt"]), row["pin_hash"])

    def clock_event(self, staff_id: int, pin: str, bench: str, kind: str = "in") -> bool:
        if not self.verify(staff_id, pin):
            return False
        self._conn.execute(
            "INSERT INTO clock_events (staff_id, bench, kind, at) VALUES (?, ?, ?, ?)",
            (staff_id, bench, kind, datetime.now(timezone.utc).isoformat()),
        )
        self._conn.commit()
        return True

    def close(self) -> None:
        self._conn.close()
