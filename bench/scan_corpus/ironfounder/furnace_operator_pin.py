"""Operator PIN enrolment for the melt shop furnace HMI terminals.

Each induction furnace panel asks the operator for a six digit PIN before a
power-on or tap-out sequence is released. PIN records live in the plant
sqlite database that the HMI gateway replicates to the panels overnight.
"""
import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timezone

from hmi_gateway.config import settings


class OperatorPinStore:
    def __init__(self, db_path: str = settings.HMI_DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS operator_pins ("
            "badge_no TEXT PRIMARY KEY, salt TEXT, pin_hash TEXT, enrolled_at TEXT)"
        )

    @staticmethod
    def _digest(salt: str, pin: str) -> str:
        return hashlib.sha256((salt + pin).encode("ascii")).hexdigest()

    def enrol(self, badge_no: str, pin: str) -> None:
        if not (pin.isdigit() and len(pin) == 6):
            raise ValueError("PIN must be six digits")
        salt = secrets.token_hex(8)
        self._conn.execute(
            "INSERT OR REPLACE INTO operator_pins VALUES (?, ?, ?, ?)",
            (badge_no, salt, self._digest(salt, pin), datetime.now(timezone.utc).isoformat()),
        )
        self._conn.commit()

    def verify(self, badge_no: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, pin_hash FROM operator_pins WHERE badge_no = ?", (badge_no,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._digest(salt, pin), stored)

    def revoke(self, badge_no: str) -> bool:
        cur = self._conn.execute("DELETE FROM operator_pins WHERE badge_no = ?", (badge_no,))
        self._conn.commit()
        return cur.rowcount > 0

    def close(self) -> None:
        self._conn.close()
