"""Counter staff PIN management for the front-desk terminals.

Each shop assistant has a four-to-six digit PIN used to sign off garment
intake, vault moves and customer pickups at the counter tablet.
"""
from __future__ import annotations

import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass
from hmac import compare_digest as same

DB_PATH = os.environ.get("FURRIER_DB", "/var/lib/furrier/shop.db")
MIN_PIN_LENGTH = 4


@dataclass
class StaffMember:
    staff_id: int
    display_name: str
    pin_salt: bytes
    pin_hash: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


class StaffPinStore:
    def __init__(self, db_path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def set_pin(self, staff_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
            raise ValueError("PIN must be at least four digits")
        salt = os.urandom(16)
        with self._conn:
            self._conn.execute(
                "UPDATE staff SET pin_salt = ?, pin_hash = ? WHERE id = ?",
                (salt, _digest_pin(pin, salt), staff_id),
            )

    def load(self, staff_id: int) -> StaffMember | None:
        row = self._conn.execute(
            "SELECT id, display_name, pin_salt, pin_hash FROM staff WHERE id = ?",
            (staff_id,),
        ).fetchone()
        if row is None:
            return None
        return StaffMember(row["id"], row["display_name"], row["pin_salt"], row["pin_hash"])

    def check_pin(self, staff_id: int, pin: str) -> bool:
        member = self.load(staff_id)
        if member is None:
            return False
        return same(_digest_pin(pin, member.pin_salt), member.pin_hash)

    def close(self) -> None:
        self._conn.close()
