"""Back-office accounts for seasonal staff at the pumpkin patch.

Pickers, gate stewards and shop tills each get a login for the rota and
till screens.  Accounts live in a small SQLite file next to the rota app.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASHING = HashSettings()
ROLES = ("picker", "gate", "till", "hayride", "supervisor")


class StaffAccountStore:
    def __init__(self, db_path: str, hashing: HashSettings = DEFAULT_HASHING) -> None:
        self._db = sqlite3.connect(db_path)
        self._hashing = hashing
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " username TEXT PRIMARY KEY, role TEXT NOT NULL,"
            " salt BLOB NOT NULL, pw_hash BLOB NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._hashing.algorithm,
            password.encode("utf-8"),
            salt,
            self._hashing.iterations,
        )

    def create(self, username: str, password: str, role: str = "picker") -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._hashing.salt_bytes)
        with self._db:
            self._db.execute(
                "INSERT INTO staff (username, role, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (username.lower(), role, salt, self._derive(password, salt)),
            )

    def verify(self, username: str, password: str) -> Optional[str]:
        row = self._db.execute(
            "SELECT role, salt, pw_hash FROM staff WHERE username = ? AND active = 1",
            (username.lower(),),
        ).fetchone()
        if row is None:
            return None
        role, salt, stored = row
        if hmac.compare_digest(stored, self._derive(password, salt)):
            return role
        return None

    def set_password(self, username: str, new_password: str) -> None:
        salt = os.urandom(self._hashing.salt_bytes)
        with self._db:
            self._db.execute(
                "UPDATE staff SET salt = ?, pw_hash = ? WHERE username = ?",
                (salt, self._derive(new_password, salt), username.lower()),
            )

    def deactivate(self, username: str) -> None:
        with self._db:
            self._db.execute(
                "UPDATE staff SET active = 0 WHERE username = ?", (username.lower(),)
            )

    def list_active(self) -> list[tuple[str, str]]:
        return self._db.execute(
            "SELECT username, role FROM staff WHERE active = 1 ORDER BY username"
        ).fetchall()
