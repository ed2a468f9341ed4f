"""Six-digit codes that staff type on the workshop tablet to reset a forgotten PIN."""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Optional

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _codes_match(stored: str, typed: str) -> bool:
    return stored == typed.strip()


class PinResetCodes:
    def __init__(self, db_path: str, sms) -> None:
        self.conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self.sms = sms

    def send_code(self, staff_id: int) -> None:
        row = self.conn.execute(
            "SELECT mobile FROM staff WHERE id = ? AND active = 1", (staff_id,)
        ).fetchone()
        if row is None:
            return
        code = f"{secrets.randbelow(1_000_000):06d}"
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO pin_resets (staff_id, code, expires_at, attempts) "
                "VALUES (?, ?, ?, 0)",
                (staff_id, code, (_now() + CODE_TTL).isoformat()),
            )
        self.sms.send(row[0], f"Your workshop PIN reset code is {code}")

    def verify(self, staff_id: int, typed: str) -> Optional[bool]:
        row = self.conn.execute(
            "SELECT code, expires_at, attempts FROM pin_resets WHERE staff_id = ?",
            (staff_id,),
        ).fetchone()
        if row is None:
            return None
        code, expires_at, attempts = row
        if attempts >= MAX_ATTEMPTS or datetime.fromisoformat(expires_at) < _now():
            self._clear(staff_id)
            return None
        if _codes_match(code, typed):
            self._clear(staff_id)
            return True
        with self.conn:
            self.conn.execute(
                "UPDATE pin_resets SET attempts = attempts + 1 WHERE staff_id = ?",
                (staff_id,),
            )
        return False

    def _clear(self, staff_id: int) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM pin_resets WHERE staff_id = ?", (staff_id,))
