"""Crew member accounts for the mobile timesheet portal.

Plasterers and labourers log in from their phones to clock on at a site,
record coats applied and upload progress photos.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("CREW_DB", "/var/lib/plasterpro/crew.sqlite3")
TRADES = ("plasterer", "renderer", "labourer", "dryliner")


@dataclass
class CrewMember:
    id: int
    username: str
    full_name: str
    trade: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register_crew_member(username: str, full_name: str, trade: str, password: str) -> int:
    if trade not in TRADES:
        raise ValueError(f"unknown trade {trade!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO crew_members (username, full_name, trade, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            (username.lower(), full_name, trade, salt.hex(), _digest(password, salt)),
        )
        return cur.lastrowid


def authenticate(username: str, password: str) -> Optional[CrewMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, username, full_name, trade, pw_salt, pw_hash "
            "FROM crew_members WHERE username = ? AND active = 1",
            (username.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return CrewMember(row["id"], row["username"], row["full_name"], row["trade"])
