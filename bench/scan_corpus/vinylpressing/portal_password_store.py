"""Customer portal account storage for the order tracking site.

Accounts belong to labels and distributors who log in to follow their
pressing orders. Passwords are kept as salted PBKDF2 digests.
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


DEFAULT_SETTINGS = HashSettings()


class PortalAccountStore:
    """Thin repository over the ``portal_accounts`` table."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_SETTINGS) -> None:
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

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def create_account(self, email: str, password: str, label_name: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO portal_accounts (email, label_name, password_hash) VALUES (?, ?, ?)",
                (email.strip().lower(), label_name, self._encode(salt, digest)),
            )

    def verify_login(self, email: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash FROM portal_accounts WHERE email = ? AND disabled = 0",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return False
        _scheme, iterations, salt_b64, digest_b64 = row["password_hash"].split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.verify_login(email, old):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new, salt, self._settings.iterations)
        with self._connect() as conn:
            conn.execute(
                "UPDATE portal_accounts SET password_hash = ? WHERE email = ?",
                (self._encode(salt, digest), email.strip().lower()),
            )
        return True
