"""PIN sign-in for the workshop tablet used by milliners at the cutting bench."""
import hashlib
import secrets
from datetime import datetime, timezone

import sqlite3

from hatter.config import settings


class StaffPinRegistry:
    def __init__(self, db_path: str = settings.WORKSHOP_DB):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    @staticmethod
    def _fingerprint(pin: str, salt: str) -> str:
        material = f"{salt}:{pin}".encode()
        return hashlib.sha256(material).hexdigest()

    def enrol(self, staff_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) < 4:
            raise ValueError("PIN must be at least four digits")
        salt = secrets.token_hex(8)
        self.conn.execute(
            "UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_set_at = ? WHERE id = ?",
            (salt, self._fingerprint(pin, salt), datetime.now(timezone.utc).isoformat(), staff_id),
        )
        self.conn.commit()

    def verify(self, staff_id: int, pin: str) -> bool:
        row = self.conn.execute(
            "SELECT pin_salt, pin_hash FROM staff WHERE id = ? AND active = 1",
            (staff_id,),
        ).fetchone()
        if row is None:
            return False
        candidate = self._fingerprint(pin, row["pin_salt"])
        return secrets.compare_digest(candidate, row["pin_hash"])

    def clock_in(self, staff_id: int, pin: str, bench: str) -> bool:
        if not self.verify(staff_id, pin):
            return False
        self.conn.execute(
            "INSERT INTO bench_sessions (staff_id, bench, started_at) VALUES (?, ?, ?)",
            (staff_id, bench, datetime.now(timezone.utc).isoformat()),
        )
        self.conn.commit()
        return True
