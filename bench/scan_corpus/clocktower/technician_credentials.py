"""Credential store for field technicians using the workshop tablet app."""
from __future__ import annotations

import hmac
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _digest
from pathlib import Path

log = logging.getLogger("clocktower.technicians")

SCHEMA = """
CREATE TABLE IF NOT EXISTS technicians (
    id INTEGER PRIMARY KEY,
    username TEXT UNIQUE NOT NULL,
    full_name TEXT NOT NULL,
    salt TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
)
"""


@dataclass
class Technician:
    id: int
    username: str
    full_name: str
    active: bool


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class TechnicianCredentialStore:
    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(SCHEMA)

    def add(self, username: str, full_name: str, password: str) -> int:
        salt = secrets.token_hex(16)
        cur = self.conn.execute(
            "INSERT INTO technicians (username, full_name, salt, password_hash) "
            "VALUES (?, ?, ?, ?)",
            (username, full_name, salt, _hash_password(password, salt)),
        )
        self.conn.commit()
        log.info("added technician %s", username)
        return cur.lastrowid

    def verify(self, username: str, password: str) -> Technician | None:
        row = self.conn.execute(
            "SELECT id, username, full_name, salt, password_hash, active "
            "FROM technicians WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None or not row["active"]:
            return None
        candidate = _hash_password(password, row["salt"])
        if not hmac.compare_digest(candidate, row["password_hash"]):
            log.info("failed login for technician %s", username)
            return None
        return Technician(row["id"], row["username"], row["full_name"], bool(row["active"]))

    def reset_password(self, username: str, new_password: str) -> None:
        salt = secrets.token_hex(16)
        self.conn.execute(
            "UPDATE technicians SET salt = ?, password_hash = ? WHERE username = ?",
            (salt, _hash_password(new_password, salt), username),
        )
        self.conn.commit()

    def deactivate(self, username: str) -> None:
        self.conn.execute("UPDATE technicians SET active = 0 WHERE username = ?", (username,))
        self.conn.commit()
        log.info("deactivated technician %s", username)
