"""Operator accounts for the pan-side harvest tablets.

Rakers and shift leads sign in on the ruggedised tablets at the pans with a
short numeric PIN. Accounts live in the site SQLite database so the tablets
keep working when the uplink to the office drops.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("PAN_SITE_DB", "/var/lib/saltpan/site.db")


@dataclass
class Operator:
    badge_no: str
    display_name: str
    role: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()


class OperatorRepository:
    def __init__(self, db_path: str = DB_PATH):
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def create(self, badge_no: str, display_name: str, role: str, pin: str) -> Operator:
        salt = os.urandom(16)
        self._conn.execute(
            "INSERT INTO operators (badge_no, display_name, role, pin_salt, pin_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (badge_no, display_name, role, salt.hex(), _digest_pin(pin, salt)),
        )
        self._conn.commit()
        return Operator(badge_no, display_name, role)

    def authenticate(self, badge_no: str, pin: str) -> Optional[Operator]:
        row = self._conn.execute(
            "SELECT display_name, role, pin_salt, pin_hash FROM operators WHERE badge_no = ?",
            (badge_no,),
        ).fetchone()
        if row is None:
            return None
        candidate = _digest_pin(pin, bytes.fromhex(row["pin_salt"]))
        if not hmac.compare_digest(candidate, row["pin_hash"]):
            return None
        return Operator(badge_no, row["display_name"], row["role"])

    def change_pin(self, badge_no: str, new_pin: str) -> None:
        salt = os.urandom(16)
        self._conn.execute(
            "UPDATE operators SET pin_salt = ?, pin_hash = ? WHERE badge_no = ?",
            (salt.hex(), _digest_pin(new_pin, salt), badge_no),
        )
        self._conn.commit()

    def list_shift_leads(self) -> list:
        rows = self._conn.execute(
            "SELECT badge_no, display_name, role FROM operators WHERE role = ? ORDER BY display_name",
            ("shift_lead",),
        ).fetchall()
        return [Operator(r["badge_no"], r["display_name"], r["role"]) for r in rows]
