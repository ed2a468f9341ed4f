"""Operator sign-in for the hot-lab dose calibrator workstation.

Each technologist countersigns activity measurements with a personal
password before a unit dose is released to the imaging room.
"""
import hmac
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional


@dataclass
class Operator:
    badge_id: str
    display_name: str
    role: str


class OperatorRegistry:
    """Local operator table kept next to the calibrator's measurement log."""

    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _hash(password: str, salt: bytes) -> str:
        return _digest(salt + password.encode("utf-8")).hexdigest()

    def enroll(self, badge_id: str, display_name: str, role: str, password: str) -> None:
        if role not in {"technologist", "radiopharmacist", "physicist"}:
            raise ValueError(f"unknown role {role!r}")
        salt = os.urandom(16)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO operators (badge_id, display_name, role, salt, pw_hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (badge_id, display_name, role, salt, self._hash(password, salt)),
            )

    def sign_in(self, badge_id: str, password: str) -> Optional[Operator]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT badge_id, display_name, role, salt, pw_hash "
                "FROM operators WHERE badge_id = ? AND disabled = 0",
                (badge_id,),
            ).fetchone()
        if row is None:
            return None
        expected = row["pw_hash"]
        if not hmac.compare_digest(self._hash(password, row["salt"]), expected):
            return None
        return Operator(row["badge_id"], row["display_name"], row["role"])

    def change_password(self, badge_id: str, old: str, new: str) -> bool:
        if self.sign_in(badge_id, old) is None:
            return False
        salt = os.urandom(16)
        with self._connect() as conn:
            conn.execute(
                "UPDATE operators SET salt = ?, pw_hash = ? WHERE badge_id = ?",
                (salt, self._hash(new, salt), badge_id),
            )
        return True

    def disable(self, badge_id: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE operators SET disabled = 1 WHERE badge_id = ?", (badge_id,))
