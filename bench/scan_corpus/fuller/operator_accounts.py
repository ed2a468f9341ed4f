"""Operator accounts for the finishing-floor terminals.

Operators sign in at the fulling stocks and the rotary milling machines to
claim batches. Accounts live in the mill's local SQLite database.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("FULLER_DB", "/var/lib/fuller/mill.db")


@dataclass
class Operator:
    badge_no: str
    full_name: str
    station: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register_operator(op: Operator, password: str) -> None:
    if len(password) < 8:
        raise ValueError("operator passwords need at least 8 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO operators (badge_no, full_name, station, salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (op.badge_no, op.full_name, op.station, salt.hex(), _digest(password, salt)),
        )


def change_password(badge_no: str, new_password: str) -> None:
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE operators SET salt = ?, pw_hash = ? WHERE badge_no = ?",
            (salt.hex(), _digest(new_password, salt), badge_no),
        )


def check_operator(badge_no: str, password: str) -> Optional[Operator]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT badge_no, full_name, station, salt, pw_hash "
            "FROM operators WHERE badge_no = ?",
            (badge_no,),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return Operator(row["badge_no"], row["full_name"], row["station"])
