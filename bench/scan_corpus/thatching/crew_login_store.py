"""Credential store for thatching crew members who sign in on the yard tablets.

Foremen use the tablets to clock crews on and off site, log bundles of reed
used per roof and record weather stand-downs.
"""
from __future__ import annotations

import logging
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _digest
from hmac import compare_digest
from typing import Optional

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS crew_login (
    crew_id   INTEGER PRIMARY KEY,
    username  TEXT UNIQUE NOT NULL,
    salt      TEXT NOT NULL,
    pw_hash   TEXT NOT NULL,
    foreman   INTEGER NOT NULL DEFAULT 0,
    active    INTEGER NOT NULL DEFAULT 1
)
"""


@dataclass
class CrewMember:
    crew_id: int
    username: str
    foreman: bool


class CrewCredentialStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(SCHEMA)

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def add(self, username: str, password: str, foreman: bool = False) -> int:
        salt = secrets.token_hex(16)
        cur = self.conn.execute(
            "INSERT INTO crew_login (username, salt, pw_hash, foreman) VALUES (?, ?, ?, ?)",
            (username, salt, self._hash(password, salt), int(foreman)),
        )
        self.conn.commit()
        log.info("added crew login %s (foreman=%s)", username, foreman)
        return cur.lastrowid

    def authenticate(self, username: str, password: str) -> Optional[CrewMember]:
        row = self.conn.execute(
            "SELECT crew_id, salt, pw_hash, foreman FROM crew_login "
            "WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            log.info("login for unknown crew user %s", username)
            return None
        crew_id, salt, stored, foreman = row
        if not compare_digest(self._hash(password, salt), stored):
            log.info("failed login for crew user %s", username)
            return None
        return CrewMember(crew_id=crew_id, username=username, foreman=bool(foreman))

    def change_password(self, crew_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("crew passwords need at least 10 characters")
        salt = secrets.token_hex(16)
        self.conn.execute(
            "UPDATE crew_login SET salt = ?, pw_hash = ? WHERE crew_id = ?",
            (salt, self._hash(new_password, salt), crew_id),
        )
        self.conn.commit()

    def deactivate(self, crew_id: int) -> None:
        self.conn.execute("UPDATE crew_login SET active = 0 WHERE crew_id = ?", (crew_id,))
        self.conn.commit()
