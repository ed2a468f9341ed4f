"""Staff account storage for the orchard back-office.

Orchard hands, hunt guides and grading clerks sign in to the back-office with
a username and password.  Accounts live in the shared SQLite database next to
the harvest ledger.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


class StaffAccountStore:
    """Create, verify and deactivate back-office staff accounts."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._db_path = db_path
        self._settings = settings

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def create_staff(self, username: str, password: str, role: str) -> None:
        if role not in {"guide", "grader", "orchard", "admin"}:
            raise ValueError(f"unknown role {role!r}")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO staff (username, role, salt, iterations, pw_hash, active) "
                "VALUES (?, ?, ?, ?, ?, 1)",
                (username, role, salt.hex(), self._settings.iterations, digest.hex()),
            )

    def verify_login(self, username: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT salt, iterations, pw_hash FROM staff WHERE username = ? AND active = 1",
                (username,),
            ).fetchone()
        if row is None:
            return False
        candidate = self._derive(password, bytes.fromhex(row["salt"]), row["iterations"])
        return hmac.compare_digest(candidate.hex(), row["pw_hash"])

    def change_password(self, username: str, old: str, new: str) -> bool:
        if not self.verify_login(username, old):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new, salt, self._settings.iterations)
        with self._connect() as conn:
            conn.execute(
                "UPDATE staff SET salt = ?, iterations = ?, pw_hash = ? WHERE username = ?",
                (salt.hex(), self._settings.iterations, digest.hex(), username),
            )
        return True

    def deactivate(self, username: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE staff SET active = 0 WHERE username = ?", (username,))
