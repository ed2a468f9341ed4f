"""Password storage for technician accounts on the rope-access workforce portal.

Technicians sign in from site tablets to view job packs and submit timesheets.
Hashes are stored in the ``technician_credentials`` table as a single encoded
string so the format can be migrated later without a schema change.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


class TechnicianPasswordStore:
    def __init__(self, db_path: str, settings: HashingSettings | None = None) -> None:
        self._db_path = db_path
        self._settings = settings or HashingSettings()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        digest = self._derive(password, salt, iterations)
        return "$".join(
            [
                self._settings.prefix,
                str(iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if prefix != self._settings.prefix:
            return False
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(expected, actual)

    def set_password(self, technician_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO technician_credentials (technician_id, password_hash) "
                "VALUES (?, ?) ON CONFLICT(technician_id) DO UPDATE SET "
                "password_hash = excluded.password_hash",
                (technician_id, self.encode(password)),
            )

    def check_login(self, employee_number: str, password: str) -> int | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT t.id, c.password_hash FROM technicians t "
                "JOIN technician_credentials c ON c.technician_id = t.id "
                "WHERE t.employee_number = ? AND t.active = 1",
                (employee_number,),
            ).fetchone()
        if row is None:
            return None
        return row["id"] if self.verify(password, row["password_hash"]) else None
