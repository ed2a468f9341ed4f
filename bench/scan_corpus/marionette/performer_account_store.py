"""Account storage for performers using the crew portal (rehearsal calls, tour sheets)."""

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
    iterations: int = 100_000
    salt_bytes: int = 16


@dataclass
class PerformerAccount:
    performer_id: int
    email: str
    stage_name: str
    password_hash: str


class PerformerAccountStore:
    """Creates performer logins and checks their passwords."""

    def __init__(self, db_path: str, settings: Optional[HashSettings] = None) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._settings = settings or HashSettings()

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "$".join(
            [
                "pbkdf2",
                str(self._settings.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def create(self, email: str, stage_name: str, password: str) -> PerformerAccount:
        encoded = self._encode(password)
        cur = self._conn.execute(
            "INSERT INTO performers (email, stage_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), stage_name, encoded),
        )
        self._conn.commit()
        return PerformerAccount(cur.lastrowid, email.lower(), stage_name, encoded)

    def find(self, email: str) -> Optional[PerformerAccount]:
        row = self._conn.execute(
            "SELECT id, email, stage_name, password_hash FROM performers WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        return PerformerAccount(row["id"], row["email"], row["stage_name"], row["password_hash"])

    def check_password(self, email: str, password: str) -> bool:
        account = self.find(email)
        if account is None:
            return False
        _, iterations, salt_b64, digest_b64 = account.password_hash.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def change_password(self, email: str, new_password: str) -> None:
        self._conn.execute(
            "UPDATE performers SET password_hash = ? WHERE email = ?",
            (self._encode(new_password), email.lower()),
        )
        self._conn.commit()
