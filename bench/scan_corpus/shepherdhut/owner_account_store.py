"""Owner portal accounts: registration and login for hut owners."""
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
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = HashSettings()


@dataclass
class Owner:
    owner_id: int
    email: str
    display_name: str


class OwnerAccountStore:
    """Stores owner logins in the lettings database."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS) -> None:
        self._db_path = db_path
        self._settings = settings

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def register(self, email: str, display_name: str, password: str) -> Owner:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO owners (email, display_name, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
                (email.strip().lower(), display_name, salt.hex(), digest.hex()),
            )
            return Owner(cur.lastrowid, email.strip().lower(), display_name)

    def authenticate(self, email: str, password: str) -> Optional[Owner]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT owner_id, email, display_name, pw_salt, pw_hash FROM owners WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, bytes.fromhex(row["pw_salt"]))
        if not hmac.compare_digest(candidate, bytes.fromhex(row["pw_hash"])):
            return None
        return Owner(row["owner_id"], row["email"], row["display_name"])

    def change_password(self, owner_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE owners SET pw_salt = ?, pw_hash = ? WHERE owner_id = ?",
                (salt.hex(), digest.hex(), owner_id),
            )
