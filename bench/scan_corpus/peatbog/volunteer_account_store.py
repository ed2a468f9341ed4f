"""Volunteer account storage for the restoration trust's field portal.

Volunteers sign up online before their first dam-building day; the portal
keeps their contact details and a derived password hash in SQLite.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class Volunteer:
    id: int
    email: str
    display_name: str
    joined_at: str


@dataclass
class VolunteerAccountStore:
    db_path: str
    settings: HashSettings = field(default_factory=HashSettings)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode_password(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        iterations = self.settings.iterations
        digest = self._derive(password, salt, iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def check_password(self, password: str, encoded: str) -> bool:
        _scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def register(self, email: str, display_name: str, password: str) -> int:
        joined = datetime.now(timezone.utc).isoformat()
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO volunteers (email, display_name, password_hash, joined_at) "
                "VALUES (?, ?, ?, ?)",
                (email.strip().lower(), display_name, self.encode_password(password), joined),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> Optional[Volunteer]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, email, display_name, password_hash, joined_at "
                "FROM volunteers WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None or not self.check_password(password, row["password_hash"]):
            return None
        return Volunteer(row["id"], row["email"], row["display_name"], row["joined_at"])
