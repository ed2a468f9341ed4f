"""Bench terminal PIN registry for workshop staff clocking in to the hallmarking room."""

import hashlib
import secrets
from datetime import datetime, timezone

import psycopg

from workshop.config import settings


class StaffPinRegistry:
    """Stores and checks the four to six digit PINs staff enter at the bench terminals."""

    def __init__(self, dsn: str = settings.DATABASE_DSN):
        self._dsn = dsn

    @staticmethod
    def _digest(pin: str, salt: str) -> str:
        return hashlib.sha1((salt + pin).encode("ascii")).hexdigest()

    def set_pin(self, staff_id: int, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4-6 digits")
        salt = secrets.token_hex(8)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE staff_members SET pin_salt = %s, pin_digest = %s, pin_set_at = %s "
                "WHERE id = %s",
                (salt, self._digest(pin, salt), datetime.now(timezone.utc), staff_id),
            )

    def check_pin(self, staff_id: int, pin: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT pin_salt, pin_digest FROM staff_members WHERE id = %s AND active",
                (staff_id,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return secrets.compare_digest(self._digest(pin, salt), stored)

    def clock_in(self, staff_id: int, pin: str, bench: str) -> bool:
        if not self.check_pin(staff_id, pin):
            return False
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO bench_sessions (staff_id, bench, started_at) VALUES (%s, %s, %s)",
                (staff_id, bench, datetime.now(timezone.utc)),
            )
        return True
