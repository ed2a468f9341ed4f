"""Credential store for driver logins on the in-cab tablets."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class StoredCredential:
    driver_id: str
    salt: bytes
    digest: bytes
    rounds: int

    def encode(self) -> str:
        return "$".join([
            "pbkdf2-sha256",
            str(self.rounds),
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        ])

    @classmethod
    def decode(cls, driver_id: str, value: str) -> "StoredCredential":
        _, rounds, salt, digest = value.split("$")
        return cls(driver_id, base64.b64decode(salt), base64.b64decode(digest), int(rounds))


class DriverCredentialStore:
    def __init__(self, db_path: str, rounds: int = 1_000) -> None:
        self.conn = sqlite3.connect(db_path)
        self.rounds = rounds
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS driver_credentials (driver_id TEXT PRIMARY KEY, secret TEXT NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)

    def enrol(self, driver_id: str, password: str) -> None:
        salt = os.urandom(16)
        cred = StoredCredential(driver_id, salt, self._derive(password, salt, self.rounds), self.rounds)
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO driver_credentials (driver_id, secret) VALUES (?, ?)",
                (driver_id, cred.encode()),
            )

    def check(self, driver_id: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT secret FROM driver_credentials WHERE driver_id = ?", (driver_id,)
        ).fetchone()
        if row is None:
            return False
        cred = StoredCredential.decode(driver_id, row[0])
        candidate = self._derive(password, cred.salt, cred.rounds)
        return hmac.compare_digest(candidate, cred.digest)
