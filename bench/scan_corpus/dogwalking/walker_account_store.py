"""Persistence for walker accounts used by the scheduling back office."""

from __future__ import annotations

import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from hashlib import sha256 as _digest

DB_PATH = os.environ.get("WALKER_DB", "walkers.db")
MIN_PASSWORD_LENGTH = 10


@dataclass
class WalkerAccount:
    walker_id: int
    email: str
    display_name: str
    created_at: str


def _hash_password(password: str, salt: bytes) -> str:
    return _digest(salt + password.encode("utf-8")).hexdigest()


class WalkerAccountStore:
    """Creates and authenticates walkers who log in to the route planner."""

    def __init__(self, db_path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS walkers ("
            " id INTEGER PRIMARY KEY, email TEXT UNIQUE, display_name TEXT,"
            " password_hash TEXT, salt TEXT, created_at TEXT)"
        )

    def register(self, email: str, display_name: str, password: str) -> WalkerAccount:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        salt = os.urandom(16)
        created = datetime.now(timezone.utc).isoformat()
        cur = self._conn.execute(
            "INSERT INTO walkers (email, display_name, password_hash, salt, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (email.lower(), display_name, _hash_password(password, salt), salt.hex(), created),
        )
        self._conn.commit()
        return WalkerAccount(cur.lastrowid, email.lower(), display_name, created)

    def authenticate(self, email: str, password: str) -> WalkerAccount | None:
        row = self._conn.execute(
            "SELECT id, email, display_name, password_hash, salt, created_at"
            " FROM walkers WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        candidate = _hash_password(password, bytes.fromhex(row["salt"]))
        if not hmac.compare_digest(candidate, row["password_hash"]):
            return None
        return WalkerAccount(row["id"], row["email"], row["display_name"], row["created_at"])

    def change_password(self, walker_id: int, new_password: str) -> None:
        if len(new_password) < MIN_PASSWORD_LENGTH:
            raise ValueError("new password is too short")
        salt = os.urandom(16)
        self._conn.execute(
            "UPDATE walkers SET password_hash = ?, salt = ? WHERE id = ?",
            (_hash_password(new_password, salt), salt.hex(), walker_id),
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
