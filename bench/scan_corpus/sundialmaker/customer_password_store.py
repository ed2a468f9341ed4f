"""Password storage for sundial workshop customer accounts."""

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
    dklen: int = 32


DEFAULT_SETTINGS = HashingSettings()


class CustomerPasswordStore:
    """Creates and checks password hashes kept in the customers table."""

    def __init__(self, conn: sqlite3.Connection, settings: HashingSettings = DEFAULT_SETTINGS):
        self._conn = conn
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._settings.dklen,
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
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self._settings.algorithm}":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(actual, expected)

    def set_password(self, customer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self._conn:
            self._conn.execute(
                "UPDATE customers SET password_hash = ? WHERE id = ?",
                (self.encode(password), customer_id),
            )

    def check_login(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM customers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None or not row[1]:
            return None
        customer_id, stored = row
        return customer_id if self.verify(password, stored) else None
