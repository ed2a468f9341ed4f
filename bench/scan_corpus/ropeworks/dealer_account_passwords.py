"""Password storage for dealer portal accounts.

Dealer staff log in to the ropeworks portal to order spools, download
load-test certificates and view invoices.  Accounts live in the
``dealer_users`` table of the portal database.
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
    iterations: int = 150_000
    salt_bytes: int = 16
    min_length: int = 10


class DealerPasswordStore:
    def __init__(self, db_path: str, settings: HashSettings | None = None) -> None:
        self._db_path = db_path
        self.settings = settings or HashSettings()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.settings.algorithm}":
            return False
        digest = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(digest, base64.b64decode(hash_b64))

    def set_password(self, dealer_user_id: int, password: str) -> None:
        if len(password) < self.settings.min_length:
            raise ValueError(
                f"password must be at least {self.settings.min_length} characters"
            )
        with self._connect() as conn:
            conn.execute(
                "UPDATE dealer_users SET password_hash = ? WHERE id = ?",
                (self.encode(password), dealer_user_id),
            )

    def check_login(self, email: str, password: str) -> int | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, password_hash, active FROM dealer_users WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None or not row["active"]:
            return None
        if self.verify(password, row["password_hash"]):
            return row["id"]
        return None
