"""Credential storage for rider accounts (SQLite backend used by the mobile API)."""

from __future__ import annotations

import hmac
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _h
from typing import Optional


@dataclass
class RiderRecord:
    rider_id: int
    email: str
    salt: bytes
    password_digest: str


class RiderCredentialStore:
    """Reads and writes rider login credentials."""

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _digest(password: str, salt: bytes) -> str:
        return _h(salt + password.encode("utf-8")).hexdigest()

    def create(self, email: str, password: str) -> int:
        salt = os.urandom(16)
        cur = self._conn.execute(
            "INSERT INTO rider_credentials (email, salt, password_digest) VALUES (?, ?, ?)",
            (email.lower(), salt, self._digest(password, salt)),
        )
        self._conn.commit()
        return cur.lastrowid

    def _load(self, email: str) -> Optional[RiderRecord]:
        row = self._conn.execute(
            "SELECT rider_id, email, salt, password_digest FROM rider_credentials WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        return RiderRecord(row["rider_id"], row["email"], row["salt"], row["password_digest"])

    def authenticate(self, email: str, password: str) -> Optional[int]:
        record = self._load(email)
        if record is None:
            return None
        candidate = self._digest(password, record.salt)
        if hmac.compare_digest(candidate, record.password_digest):
            return record.rider_id
        return None

    def change_password(self, rider_id: int, new_password: str) -> None:
        salt = os.urandom(16)
        self._conn.execute(
            "UPDATE rider_credentials SET salt = ?, password_digest = ? WHERE rider_id = ?",
            (salt, self._digest(new_password, salt), rider_id),
        )
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()
