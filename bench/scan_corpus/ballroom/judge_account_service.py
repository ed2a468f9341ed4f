"""Judge account management for the adjudication panel portal.

Judges log in on the scoring tablets with their WDSF licence id and a
password chosen at onboarding. Accounts live in the venue's SQLite store.
"""

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


HASH_SETTINGS = HashSettings()


class JudgeAccountService:
    def __init__(self, db_path: str, settings: HashSettings = HASH_SETTINGS) -> None:
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
        iterations = self._settings.iterations
        digest = self._derive(password, salt, iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def check_password(self, password: str, encoded: str) -> bool:
        try:
            _, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def register_judge(self, licence_id: str, full_name: str, password: str) -> int:
        encoded = self.encode_password(password)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO judges (licence_id, full_name, password_hash) VALUES (?, ?, ?)",
                (licence_id, full_name, encoded),
            )
            return int(cur.lastrowid)

    def authenticate(self, licence_id: str, password: str) -> Optional[sqlite3.Row]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, licence_id, full_name, password_hash FROM judges WHERE licence_id = ?",
                (licence_id,),
            ).fetchone()
        if row is None:
            return None
        if not self.check_password(password, row["password_hash"]):
            return None
        return row

    def change_password(self, judge_id: int, new_password: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE judges SET password_hash = ? WHERE id = ?",
                (self.encode_password(new_password), judge_id),
            )
