"""Volunteer portal accounts for the rota system.

Volunteers log in to pick up shifts at the dovecotes, the shell grotto
and the visitor barn. Accounts live in the rota database.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

ROTA_DB = os.environ.get("ROTA_DB_PATH", "/var/lib/estate/rota.sqlite3")


@dataclass
class VolunteerAccount:
    volunteer_id: int
    email: str
    display_name: str
    password_hash: str
    salt: str


def _digest(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


class VolunteerAccountStore:
    def __init__(self, path: str = ROTA_DB) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    def create(self, email: str, display_name: str, password: str) -> VolunteerAccount:
        salt = os.urandom(16).hex()
        pw_hash = _digest(password, salt)
        now = datetime.now(timezone.utc).isoformat()
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO volunteers (email, display_name, password_hash, salt, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (email.lower(), display_name, pw_hash, salt, now),
            )
            return VolunteerAccount(cur.lastrowid, email.lower(), display_name, pw_hash, salt)

    def find_by_email(self, email: str) -> VolunteerAccount | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, email, display_name, password_hash, salt "
                "FROM volunteers WHERE email = ?",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        return VolunteerAccount(
            row["id"], row["email"], row["display_name"], row["password_hash"], row["salt"]
        )

    def authenticate(self, email: str, password: str) -> VolunteerAccount | None:
        account = self.find_by_email(email)
        if account is None:
            return None
        candidate = _digest(password, account.salt)
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        return None

    def change_password(self, account: VolunteerAccount, new_password: str) -> None:
        salt = os.urandom(16).hex()
        with self._connect() as conn:
            conn.execute(
                "UPDATE volunteers SET password_hash = ?, salt = ? WHERE id = ?",
                (_digest(new_password, salt), salt, account.volunteer_id),
            )
