"""Instructor portal accounts.

Instructors log in to the portal to see their weekly paddling sessions,
upload certificates and confirm which coracles they are taking out on the
river. This module creates portal accounts and checks logins.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class PortalSettings:
    db_path: str = os.environ.get("PORTAL_DB", "/var/lib/coracle/portal.db")
    digest: str = "sha256"
    rounds: int = 120_000
    salt_bytes: int = 16


SETTINGS = PortalSettings()


def _connect(cfg: PortalSettings = SETTINGS) -> sqlite3.Connection:
    conn = sqlite3.connect(cfg.db_path)
    conn.row_factory = sqlite3.Row
    return conn


def _derive(password: str, salt: bytes, cfg: PortalSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.digest, password.encode("utf-8"), salt, cfg.rounds)


def create_instructor_login(email: str, full_name: str, password: str) -> int:
    salt = os.urandom(SETTINGS.salt_bytes)
    derived = _derive(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO instructors (email, full_name, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
            (email.lower().strip(), full_name, salt.hex(), derived.hex()),
        )
        return cur.lastrowid


def authenticate(email: str, password: str) -> Optional[dict]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, full_name, pw_salt, pw_hash FROM instructors WHERE email = ?",
            (email.lower().strip(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _derive(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate.hex(), row["pw_hash"]):
        return None
    return {"id": row["id"], "name": row["full_name"]}


def change_password(instructor_id: int, new_password: str) -> None:
    salt = os.urandom(SETTINGS.salt_bytes)
    derived = _derive(new_password, salt)
    with _connect() as conn:
        conn.execute(
            "UPDATE instructors SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt.hex(), derived.hex(), instructor_id),
        )
