"""PIN credentials for field inspectors' tablets.

Inspectors who carry out thorough examinations of customers' slings sign
each examination report on a shared tablet with a personal six-digit PIN.
"""
import hashlib
import hmac
import secrets
import sqlite3

from chainmaker.settings import INSPECTOR_DB_PATH


class InspectorPinStore:
    def __init__(self, db_path: str = INSPECTOR_DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS inspector_pin ("
            " inspector_id TEXT PRIMARY KEY, salt TEXT NOT NULL, digest TEXT NOT NULL)"
        )

    @staticmethod
    def _digest(salt: str, pin: str) -> str:
        return hashlib.sha256(f"{salt}:{pin}".encode()).hexdigest()

    def enrol(self, inspector_id: str, pin: str) -> None:
        if not (pin.isdigit() and len(pin) == 6):
            raise ValueError("PIN must be six digits")
        salt = secrets.token_hex(16)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO inspector_pin VALUES (?, ?, ?)",
                (inspector_id, salt, self._digest(salt, pin)),
            )

    def verify(self, inspector_id: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, digest FROM inspector_pin WHERE inspector_id = ?",
            (inspector_id,),
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._digest(salt, pin), stored)

    def close(self) -> None:
        self._conn.close()
