"""Front-desk staff accounts for the resort check-in terminals.

The terminals run offline for long stretches, so each resort keeps a small
SQLite copy of its staff table that is synchronised nightly from head office.
"""
from __future__ import annotations

import hmac
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from hashlib import sha512 as _digest
from typing import Optional

log = logging.getLogger(__name__)

ROLES = frozenset({"front_desk", "housekeeping_lead", "duty_manager"})


@dataclass
class StaffAccount:
    staff_id: int
    username: str
    resort_code: str
    role: str


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


class StaffDirectory:
    def __init__(self, db_path: str) -> None:
        self._db = sqlite3.connect(db_path)
        self._db.row_factory = sqlite3.Row

    def create(self, username: str, password: str, resort_code: str,
               role: str = "front_desk") -> int:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        salt = secrets.token_hex(16)
        cur = self._db.execute(
            "INSERT INTO staff (username, salt, pw_hash, resort_code, role) "
            "VALUES (?, ?, ?, ?, ?)",
            (username, salt, _hash_password(password, salt), resort_code, role),
        )
        self._db.commit()
        log.info("created staff account %s at %s", username, resort_code)
        return cur.lastrowid

    def authenticate(self, username: str, password: str) -> Optional[StaffAccount]:
        row = self._db.execute(
            "SELECT id, username, salt, pw_hash, resort_code, role "
            "FROM staff WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            log.info("login failed for unknown staff user %s", username)
            return None
        candidate = _hash_password(password, row["salt"])
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            log.info("login failed for staff user %s", username)
            return None
        return StaffAccount(row["id"], row["username"], row["resort_code"], row["role"])

    def deactivate(self, username: str) -> None:
        self._db.execute("UPDATE staff SET active = 0 WHERE username = ?", (username,))
        self._db.commit()
        log.info("deactivated staff account %s", username)
