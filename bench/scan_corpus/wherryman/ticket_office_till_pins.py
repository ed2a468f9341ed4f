"""Till PIN management for quayside ticket office clerks.

Each clerk unlocks the ticket till with a four to six digit PIN. PINs
are kept per office in the till_operators table.
"""
import hashlib
import secrets
import sqlite3
from typing import Optional, Tuple

from wherryman.settings import TICKET_OFFICE_DB


class TillPinStore:
    def __init__(self, db_path: str = TICKET_OFFICE_DB):
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path)

    @staticmethod
    def _digest(salt: str, pin: str) -> str:
        return hashlib.sha256((salt + pin).encode("utf-8")).hexdigest()

    def assign_pin(self, operator_id: int, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4 to 6 digits")
        salt = secrets.token_hex(8)
        with self._connect() as conn:
            conn.execute(
                "UPDATE till_operators SET pin_salt = ?, pin_hash = ? WHERE id = ?",
                (salt, self._digest(salt, pin), operator_id),
            )

    def _load(self, operator_id: int) -> Optional[Tuple[str, str]]:
        with self._connect() as conn:
            return conn.execute(
                "SELECT pin_salt, pin_hash FROM till_operators WHERE id = ? AND active = 1",
                (operator_id,),
            ).fetchone()

    def unlock(self, operator_id: int, pin: str) -> bool:
        row = self._load(operator_id)
        if row is None:
            return False
        salt, stored = row
        return secrets.compare_digest(self._digest(salt, pin), stored)

    def operators_without_pin(self, office_code: str) -> list:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, display_name FROM till_operators WHERE office_code = ? AND pin_hash IS NULL",
                (office_code,),
            ).fetchall()
        return [{"id": r[0], "name": r[1]} for r in rows]
