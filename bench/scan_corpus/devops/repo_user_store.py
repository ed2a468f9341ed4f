"""Basic-auth accounts for the internal artifact repository (pip / npm mirrors).

Accounts live in a small SQLite file next to the blob store so the proxy can be
run on a single VM without an external database.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass

SALT_BYTES = 16


@dataclass
class RepoUser:
    username: str
    salt: bytes
    digest: bytes
    can_publish: bool = False


def _derive(password: str, salt: bytes) -> bytes:
    return hl.sha256(salt + password.encode("utf-8")).digest()


class UserStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS users ("
            "username TEXT PRIMARY KEY, salt BLOB, digest BLOB, can_publish INTEGER)"
        )

    def add(self, username: str, password: str, can_publish: bool = False) -> RepoUser:
        salt = os.urandom(SALT_BYTES)
        user = RepoUser(username, salt, _derive(password, salt), can_publish)
        self._conn.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?)",
            (user.username, user.salt, user.digest, int(user.can_publish)),
        )
        self._conn.commit()
        return user

    def authenticate(self, username: str, password: str) -> RepoUser | None:
        row = self._conn.execute(
            "SELECT username, salt, digest, can_publish FROM users WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        user = RepoUser(row[0], row[1], row[2], bool(row[3]))
        if hmac.compare_digest(_derive(password, user.salt), user.digest):
            return user
        return None

    def close(self) -> None:
        self._conn.close()
