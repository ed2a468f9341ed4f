"""Credential storage for applicants on the beach hut waiting list."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Settings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


DEFAULTS = Pbkdf2Settings()


class ApplicantCredentials:
    def __init__(self, conn: sqlite3.Connection, settings: Pbkdf2Settings = DEFAULTS):
        self.conn = conn
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        key = self._derive(password, salt, self.settings.iterations)
        return f"{self.settings.iterations}${salt.hex()}${key.hex()}"

    def set_password(self, applicant_id: int, password: str) -> None:
        self.conn.execute(
            "UPDATE applicants SET password_hash = ? WHERE id = ?",
            (self.encode(password), applicant_id),
        )
        self.conn.commit()

    def check(self, email: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash FROM applicants WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        applicant_id, stored = row
        iterations, salt_hex, key_hex = stored.split("$")
        candidate = self._derive(password, bytes.fromhex(salt_hex), int(iterations))
        if not hmac.compare_digest(candidate.hex(), key_hex):
            return None
        if int(iterations) < self.settings.iterations:
            self.set_password(applicant_id, password)
        return applicant_id
