"""Credential storage for sleep-scoring staff accounts.

Registered polysomnographic technologists log in to the scoring workstation
with a clinic-issued user name. Password hashes live in the
``scorer_accounts`` table next to the account's role and status.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = HashSettings()


class ScorerAccountStore:
    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
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

    def encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            _scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def create_account(self, username: str, password: str, role: str = "scorer") -> int:
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO scorer_accounts (username, password_hash, role, active) "
                "VALUES (?, ?, ?, 1)",
                (username, self.encode(password), role),
            )
            return int(cur.lastrowid)

    def authenticate(self, username: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash, active FROM scorer_accounts WHERE username = ?",
                (username,),
            ).fetchone()
        if row is None or not row["active"]:
            return False
        return self.verify(password, row["password_hash"])

    def deactivate(self, username: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE scorer_accounts SET active = 0 WHERE username = ?", (username,)
            )
