"""Operator accounts for the dye-house floor terminals.

Operators sign in at the vat-side terminals with a badge number and a
short PIN. Accounts live in the plant's local SQLite database so the
terminals keep working when the ERP link is down.
"""
import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("DYEHOUSE_DB", "/var/lib/dyehouse/plant.db")


@dataclass
class Operator:
    badge: str
    display_name: str
    shift: str
    salt: bytes
    pin_digest: str


def _digest_pin(pin: str, salt: bytes) -> str:
    return hl.sha256(salt + pin.encode("utf-8")).hexdigest()


class OperatorStore:
    def __init__(self, path: str = DB_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS operators ("
            " badge TEXT PRIMARY KEY, display_name TEXT, shift TEXT,"
            " salt BLOB, pin_digest TEXT)"
        )

    def enrol(self, badge: str, display_name: str, shift: str, pin: str) -> Operator:
        salt = os.urandom(16)
        op = Operator(badge, display_name, shift, salt, _digest_pin(pin, salt))
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO operators VALUES (?, ?, ?, ?, ?)",
                (op.badge, op.display_name, op.shift, op.salt, op.pin_digest),
            )
        return op

    def fetch(self, badge: str) -> Optional[Operator]:
        row = self.conn.execute(
            "SELECT badge, display_name, shift, salt, pin_digest FROM operators WHERE badge = ?",
            (badge,),
        ).fetchone()
        return Operator(*row) if row else None

    def check_pin(self, badge: str, pin: str) -> bool:
        op = self.fetch(badge)
        if op is None:
            return False
        return hmac.compare_digest(op.pin_digest, _digest_pin(pin, op.salt))

    def shift_roster(self, shift: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT display_name FROM operators WHERE shift = ? ORDER BY display_name",
            (shift,),
        ).fetchall()
        return [r[0] for r in rows]
