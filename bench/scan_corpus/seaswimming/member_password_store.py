"""Credential storage for the sea swimming club member portal.

Members log in to book swim sessions and sign their annual waiver, so the
portal keeps one credential row per member in the club SQLite database.
"""
from __future__ import annotations

import hmac
import os
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional

DB_PATH = os.environ.get("SWIMCLUB_DB", "swimclub.sqlite3")
SALT_BYTES = 16


@dataclass
class MemberCredential:
    member_id: int
    email: str
    salt: bytes
    password_hash: bytes


def _derive(password: str, salt: bytes) -> bytes:
    return _digest(salt + password.encode("utf-8")).digest()


class MemberPasswordStore:
    def __init__(self, db_path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS member_credentials ("
            " member_id INTEGER PRIMARY KEY,"
            " email TEXT UNIQUE NOT NULL,"
            " salt BLOB NOT NULL,"
            " password_hash BLOB NOT NULL)"
        )

    def set_password(self, member_id: int, email: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Passwords must be at least 10 characters")
        salt = os.urandom(SALT_BYTES)
        with self._conn:
            self._conn.execute(
                "INSERT INTO member_credentials (member_id, email, salt, password_hash)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT(member_id) DO UPDATE SET"
                " email = excluded.email, salt = excluded.salt,"
                " password_hash = excluded.password_hash",
                (member_id, email.lower(), salt, _derive(password, salt)),
            )

    def _load(self, email: str) -> Optional[MemberCredential]:
        row = self._conn.execute(
            "SELECT member_id, email, salt, password_hash FROM member_credentials"
            " WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        return MemberCredential(
            row["member_id"], row["email"], row["salt"], row["password_hash"]
        )

    def authenticate(self, email: str, password: str) -> Optional[int]:
        cred = self._load(email)
        if cred is None:
            return None
        candidate = _derive(password, cred.salt)
        if hmac.compare_digest(candidate, cred.password_hash):
            return cred.member_id
        return None

    def close(self) -> None:
        self._conn.close()
