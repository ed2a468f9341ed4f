"""Account management for the site fitters' portal.

Fitters log in from site to see their fitting schedule, upload completion
photos and record snags. Accounts are created by the workshop office.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

DB_PATH = os.environ.get("FITTER_PORTAL_DB", "/var/lib/joinery/fitters.db")
MIN_PASSWORD_LENGTH = 10


@dataclass
class Fitter:
    id: int
    email: str
    display_name: str
    active: bool = True


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_fitter(email: str, display_name: str, password: str) -> int:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO fitters (email, display_name, pw_salt, pw_hash, active) "
            "VALUES (?, ?, ?, ?, 1)",
            (email.lower().strip(), display_name, salt.hex(), _digest(password, salt)),
        )
        return cur.lastrowid


def authenticate(email: str, password: str) -> Fitter | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, email, display_name, pw_salt, pw_hash, active "
            "FROM fitters WHERE email = ?",
            (email.lower().strip(),),
        ).fetchone()
    if row is None or not row["active"]:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return Fitter(row["id"], row["email"], row["display_name"], bool(row["active"]))


def change_password(fitter_id: int, new_password: str) -> None:
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE fitters SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), _digest(new_password, salt), fitter_id),
        )


def deactivate(fitter_id: int) -> None:
    with _connect() as conn:
        conn.execute("UPDATE fitters SET active = 0 WHERE id = ?", (fitter_id,))
