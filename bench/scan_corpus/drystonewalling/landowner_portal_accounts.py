"""Password storage for land-owner accounts on the customer portal.

Land owners sign in to read wall survey reports, approve repair quotes and
download the heritage-grant paperwork we prepare for their holdings.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class PortalHashSettings:
    digest: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


SETTINGS = PortalHashSettings()


class LandownerAccounts:
    """Small sqlite-backed account store used by the portal service."""

    def __init__(self, db_path: str, settings: PortalHashSettings = SETTINGS) -> None:
        self._conn = sqlite3.connect(db_path)
        self._settings = settings
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS landowner ("
            " email TEXT PRIMARY KEY, holding TEXT NOT NULL,"
            " salt BLOB NOT NULL, pw_hash BLOB NOT NULL, iterations INTEGER NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.digest, password.encode("utf-8"), salt, iterations
        )

    def register(self, email: str, holding: str, password: str) -> None:
        if len(password) < self._settings.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        pw_hash = self._derive(password, salt, iterations)
        with self._conn:
            self._conn.execute(
                "INSERT INTO landowner (email, holding, salt, pw_hash, iterations)"
                " VALUES (?, ?, ?, ?, ?)",
                (email.strip().lower(), holding, salt, pw_hash, iterations),
            )

    def authenticate(self, email: str, password: str) -> Optional[str]:
        row = self._conn.execute(
            "SELECT holding, salt, pw_hash, iterations FROM landowner WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        holding, salt, stored, iterations = row
        candidate = self._derive(password, salt, iterations)
        if hmac.compare_digest(candidate, stored):
            return holding
        return None

    def change_password(self, email: str, old: str, new: str) -> bool:
        if self.authenticate(email, old) is None:
            return False
        if len(new) < self._settings.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        with self._conn:
            self._conn.execute(
                "UPDATE landowner SET salt = ?, pw_hash = ?, iterations = ? WHERE email = ?",
                (salt, self._derive(new, salt, iterations), iterations, email.strip().lower()),
            )
        return True
