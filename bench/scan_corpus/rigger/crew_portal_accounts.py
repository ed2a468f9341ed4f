"""Crew portal account management.

Riggers, motor techs and crew chiefs get a portal login so they can read
call sheets, upload certifications and sign off inspection logs.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

DB_PATH = os.environ.get("CREW_DB_PATH", "/var/lib/highline/crew.db")
ROLES = ("rigger", "motor_tech", "crew_chief", "office")


@dataclass
class CrewAccount:
    crew_id: int
    email: str
    display_name: str
    role: str = "rigger"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest_password(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_account(email: str, display_name: str, password: str, role: str = "rigger") -> CrewAccount:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    pw_hash = _digest_password(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO crew_accounts (email, display_name, role, pw_salt, pw_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (email.lower(), display_name, role, salt.hex(), pw_hash,
             datetime.now(timezone.utc).isoformat()),
        )
        return CrewAccount(cur.lastrowid, email.lower(), display_name, role)


def verify_login(email: str, password: str) -> CrewAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT crew_id, email, display_name, role, pw_salt, pw_hash "
            "FROM crew_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest_password(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return CrewAccount(row["crew_id"], row["email"], row["display_name"], row["role"])


def change_password(crew_id: int, new_password: str) -> None:
    if len(new_password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE crew_accounts SET pw_salt = ?, pw_hash = ? WHERE crew_id = ?",
            (salt.hex(), _digest_password(new_password, salt), crew_id),
        )
