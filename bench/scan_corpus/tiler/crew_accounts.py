"""Crew member accounts for the scheduling app.

Fitters and apprentices log in on the site tablets to see their day sheet,
mark jobs complete and request materials from the yard.
"""
import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

DB_PATH = os.environ.get("CREW_DB", "/var/lib/tiler/crew.sqlite3")
ROLES = {"fitter", "apprentice", "supervisor"}


@dataclass
class CrewMember:
    id: int
    name: str
    role: str
    phone: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register(name: str, role: str, phone: str, password: str) -> CrewMember:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO crew (name, role, phone, salt, pw_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                name,
                role,
                phone,
                salt.hex(),
                _digest(password, salt),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        return CrewMember(cur.lastrowid, name, role, phone)


def check_login(phone: str, password: str) -> Optional[CrewMember]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, name, role, phone, salt, pw_hash FROM crew WHERE phone = ?",
            (phone,),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return CrewMember(row["id"], row["name"], row["role"], row["phone"])
