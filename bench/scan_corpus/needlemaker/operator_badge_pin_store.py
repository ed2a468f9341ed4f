"""Badge PIN storage for production-line operators.

Operators sign off grinding, tipping and siliconisation steps on the shop
floor terminals using their badge number and a short PIN.
"""
import hashlib
import hmac
import os
import sqlite3
from typing import Optional

from needlemaker.config import settings


class OperatorPinStore:
    """Keeps operator sign-off PINs for the line terminals."""

    def __init__(self, db_path: str = settings.TERMINAL_DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS operator_pins ("
            "badge TEXT PRIMARY KEY, salt BLOB NOT NULL, digest TEXT NOT NULL)"
        )

    @staticmethod
    def _digest(salt: bytes, pin: str) -> str:
        return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()

    def set_pin(self, badge: str, pin: str) -> None:
        if not pin.isdigit() or len(pin) < 4:
            raise ValueError("PIN must be at least four digits")
        salt = os.urandom(16)
        self._conn.execute(
            "INSERT OR REPLACE INTO operator_pins (badge, salt, digest) VALUES (?, ?, ?)",
            (badge, salt, self._digest(salt, pin)),
        )
        self._conn.commit()

    def _load(self, badge: str) -> Optional[tuple]:
        cur = self._conn.execute(
            "SELECT salt, digest FROM operator_pins WHERE badge = ?", (badge,)
        )
        return cur.fetchone()

    def check_pin(self, badge: str, pin: str) -> bool:
        row = self._load(badge)
        if row is None:
            return False
        salt, digest = row
        return hmac.compare_digest(self._digest(salt, pin), digest)

    def remove(self, badge: str) -> None:
        self._conn.execute("DELETE FROM operator_pins WHERE badge = ?", (badge,))
        self._conn.commit()
