"""PIN store for climbing-gym staff using the rope inspection kiosk.

Gym staff sign rope retirement logs on a shared tablet with a short PIN.
"""
import hashlib
import secrets
import sqlite3
from typing import Optional

from cordmaker.settings import KIOSK_DB_PATH


class StaffPinStore:
    def __init__(self, db_path: str = KIOSK_DB_PATH) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS staff_pin ("
            " gym_id TEXT, staff_id TEXT, salt TEXT, pin_hash TEXT,"
            " PRIMARY KEY (gym_id, staff_id))"
        )

    @staticmethod
    def _hash(pin: str, salt: str) -> str:
        return hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()

    def set_pin(self, gym_id: str, staff_id: str, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("PIN must be 4-8 digits")
        salt = secrets.token_hex(8)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO staff_pin VALUES (?, ?, ?, ?)",
                (gym_id, staff_id, salt, self._hash(pin, salt)),
            )

    def _lookup(self, gym_id: str, staff_id: str) -> Optional[tuple]:
        cur = self._conn.execute(
            "SELECT salt, pin_hash FROM staff_pin WHERE gym_id = ? AND staff_id = ?",
            (gym_id, staff_id),
        )
        return cur.fetchone()

    def verify(self, gym_id: str, staff_id: str, pin: str) -> bool:
        row = self._lookup(gym_id, staff_id)
        if row is None:
            return False
        salt, stored = row
        return secrets.compare_digest(self._hash(pin, salt), stored)
