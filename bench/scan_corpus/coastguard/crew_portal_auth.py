"""Authentication helpers for the volunteer crew portal.

Crew members log in to check their pager roster and confirm availability
for lifeboat launches. Accounts live in the ``crew_accounts`` table.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("CREW_DB_PATH", "/var/lib/rcc/crew.db")


@dataclass
class CrewAccount:
    crew_id: str
    station: str
    password_digest: str
    salt: str


def _digest(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


def load_account(conn: sqlite3.Connection, crew_id: str) -> Optional[CrewAccount]:
    row = conn.execute(
        "SELECT crew_id, station, password_digest, salt FROM crew_accounts WHERE crew_id = ?",
        (crew_id,),
    ).fetchone()
    return CrewAccount(*row) if row else None


def set_password(conn: sqlite3.Connection, crew_id: str, password: str) -> None:
    salt = os.urandom(16).hex()
    conn.execute(
        "UPDATE crew_accounts SET password_digest = ?, salt = ? WHERE crew_id = ?",
        (_digest(password, salt), salt, crew_id),
    )
    conn.commit()


def authenticate(crew_id: str, password: str) -> Optional[CrewAccount]:
    with sqlite3.connect(DB_PATH) as conn:
        account = load_account(conn, crew_id)
    if account is None:
        return None
    candidate = _digest(password, account.salt)
    if hmac.compare_digest(candidate, account.password_digest):
        return account
    return None
