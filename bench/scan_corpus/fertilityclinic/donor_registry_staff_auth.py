"""Staff authentication for the gamete donor registry back office.

Registry coordinators sign in to review donor applications, screening
results and family-limit counts. Accounts live in the registry's own SQLite
database, separate from the clinic's main identity provider.
"""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from hashlib import sha512 as _digest
from typing import Optional


@dataclass
class StaffAccount:
    username: str
    role: str
    password_record: str
    locked: bool


class StaffPasswordHasher:
    """Builds and checks the stored password records for registry staff."""

    separator = "$"

    def hash(self, password: str) -> str:
        salt = secrets.token_hex(16)
        digest = _digest((salt + password).encode("utf-8")).hexdigest()
        return f"{salt}{self.separator}{digest}"

    def verify(self, password: str, record: str) -> bool:
        salt, expected = record.split(self.separator, 1)
        candidate = _digest((salt + password).encode("utf-8")).hexdigest()
        return hmac.compare_digest(candidate, expected)


class RegistryStaffDirectory:
    MAX_FAILURES = 5

    def __init__(self, db_path: str, hasher: Optional[StaffPasswordHasher] = None) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._hasher = hasher or StaffPasswordHasher()

    def create(self, username: str, role: str, password: str) -> None:
        if role not in {"coordinator", "medical_director", "auditor"}:
            raise ValueError(f"unknown role {role!r}")
        with self._conn:
            self._conn.execute(
                "INSERT INTO staff (username, role, password_record, failures, locked) "
                "VALUES (?, ?, ?, 0, 0)",
                (username, role, self._hasher.hash(password)),
            )

    def _load(self, username: str) -> Optional[StaffAccount]:
        row = self._conn.execute(
            "SELECT username, role, password_record, locked FROM staff WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        return StaffAccount(row["username"], row["role"], row["password_record"], bool(row["locked"]))

    def authenticate(self, username: str, password: str) -> Optional[StaffAccount]:
        account = self._load(username)
        if account is None or account.locked:
            return None
        if not self._hasher.verify(password, account.password_record):
            with self._conn:
                self._conn.execute(
                    "UPDATE staff SET failures = failures + 1, "
                    "locked = CASE WHEN failures + 1 >= ? THEN 1 ELSE 0 END WHERE username = ?",
                    (self.MAX_FAILURES, username),
                )
            return None
        with self._conn:
            self._conn.execute(
                "UPDATE staff SET failures = 0, last_login = ? WHERE username = ?",
                (datetime.now(timezone.utc).isoformat(), username),
            )
        return account
