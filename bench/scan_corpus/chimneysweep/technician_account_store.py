"""Credential storage for field technicians using the dispatch tablet app."""

from __future__ import annotations

import base64
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


DEFAULT_HASH_SETTINGS = HashSettings()


class TechnicianAccountStore:
    """Creates technician logins and checks them when a tablet signs in."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
        self._db_path = db_path
        self._settings = settings

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def encode_password(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create(self, technician_id: int, login: str, password: str) -> None:
        encoded = self.encode_password(password)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO technician_logins (technician_id, login, password_hash) "
                "VALUES (?, ?, ?)",
                (technician_id, login.lower(), encoded),
            )

    def verify(self, login: str, password: str) -> Optional[int]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT technician_id, password_hash FROM technician_logins WHERE login = ?",
                (login.lower(),),
            ).fetchone()
        if row is None:
            return None
        _scheme, iterations, salt_b64, digest_b64 = row["password_hash"].split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        if hmac.compare_digest(candidate, base64.b64decode(digest_b64)):
            return row["technician_id"]
        return None
