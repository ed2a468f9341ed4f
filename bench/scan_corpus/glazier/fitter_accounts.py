"""Accounts for the fitter mobile app.

Fitters sign in on their phones to see the day's glazing jobs, upload
completion photos and mark units as fitted.  Accounts are kept in the
operations database alongside the van allocation.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("OPS_DB_PATH", "/var/lib/glazeops/ops.db")


@dataclass
class Fitter:
    fitter_id: int
    email: str
    full_name: str
    van_reg: Optional[str] = None


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_fitter(email: str, full_name: str, password: str, van_reg: str | None = None) -> int:
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO fitters (email, full_name, van_reg, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (email.lower(), full_name, van_reg, salt.hex(), _digest(password, salt)),
        )
        return cur.lastrowid


def change_password(fitter_id: int, new_password: str) -> None:
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE fitters SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), fitter_id),
        )


def find_by_email(email: str) -> Optional[Fitter]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, full_name, van_reg FROM fitters WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    return Fitter(row["id"], row["email"], row["full_name"], row["van_reg"])
