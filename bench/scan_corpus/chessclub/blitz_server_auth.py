"""Account registration and login for the online blitz server."""
from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from typing import Optional

import bcrypt

log = logging.getLogger("blitz.auth")

HANDLE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,19}$")


class RegistrationError(ValueError):
    pass


@dataclass
class BlitzAccount:
    id: int
    handle: str
    blitz_rating: int
    is_titled: bool


class BlitzAccountService:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS accounts ("
            " id INTEGER PRIMARY KEY, handle TEXT UNIQUE NOT NULL,"
            " pw_hash BLOB NOT NULL, blitz_rating INTEGER NOT NULL DEFAULT 1500,"
            " is_titled INTEGER NOT NULL DEFAULT 0)"
        )

    def register(self, handle: str, password: str) -> BlitzAccount:
        if not HANDLE_RE.match(handle):
            raise RegistrationError("handle must be 3-20 letters, digits or underscores")
        if len(password) < 10:
            raise RegistrationError("password must be at least 10 characters")
        pw_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
        try:
            with self._db:
                cur = self._db.execute(
                    "INSERT INTO accounts (handle, pw_hash) VALUES (?, ?)",
                    (handle, pw_hash),
                )
        except sqlite3.IntegrityError as exc:
            raise RegistrationError("handle already taken") from exc
        log.info("registered blitz account %s", handle)
        return BlitzAccount(id=cur.lastrowid, handle=handle, blitz_rating=1500, is_titled=False)

    def authenticate(self, handle: str, password: str) -> Optional[BlitzAccount]:
        row = self._db.execute(
            "SELECT id, pw_hash, blitz_rating, is_titled FROM accounts WHERE handle = ?",
            (handle,),
        ).fetchone()
        if row is None:
            log.info("login for unknown handle %s", handle)
            return None
        account_id, pw_hash, rating, titled = row
        if not bcrypt.checkpw(password.encode("utf-8"), pw_hash):
            log.info("bad password for %s", handle)
            return None
        return BlitzAccount(id=account_id, handle=handle, blitz_rating=rating, is_titled=bool(titled))

    def update_rating(self, account_id: int, new_rating: int) -> None:
        with self._db:
            self._db.execute(
                "UPDATE accounts SET blitz_rating = ? WHERE id = ?",
                (new_rating, account_id),
            )
