"""Self-service diver accounts for the online booking portal.

Divers register with an e-mail address, their certification level and a
password; the portal uses these accounts to pre-fill booking forms and to
show past dives and rental history.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordHashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_HASH_SETTINGS = PasswordHashSettings()


class DuplicateAccount(Exception):
    pass


class DiverAccountService:
    def __init__(self, db_path: str, settings: PasswordHashSettings = DEFAULT_HASH_SETTINGS):
        self._db = sqlite3.connect(db_path)
        self._settings = settings
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS diver_accounts ("
            " email TEXT PRIMARY KEY,"
            " full_name TEXT NOT NULL,"
            " cert_level TEXT NOT NULL,"
            " pw_hash TEXT NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "$".join(
            [
                f"pbkdf2_{self._settings.algorithm}",
                str(self._settings.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def register(self, email: str, full_name: str, cert_level: str, password: str) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        stored = self._encode(salt, self._derive(password, salt))
        try:
            with self._db:
                self._db.execute(
                    "INSERT INTO diver_accounts (email, full_name, cert_level, pw_hash) "
                    "VALUES (?, ?, ?, ?)",
                    (email.strip().lower(), full_name, cert_level, stored),
                )
        except sqlite3.IntegrityError as exc:
            raise DuplicateAccount(email) from exc

    def authenticate(self, email: str, password: str) -> bool:
        row = self._db.execute(
            "SELECT pw_hash FROM diver_accounts WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return False
        _scheme, _iters, salt_b64, digest_b64 = row[0].split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        return hmac.compare_digest(self._derive(password, salt), expected)

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.authenticate(email, old):
            return False
        salt = os.urandom(self._settings.salt_bytes)
        with self._db:
            self._db.execute(
                "UPDATE diver_accounts SET pw_hash = ? WHERE email = ?",
                (self._encode(salt, self._derive(new, salt)), email.strip().lower()),
            )
        return True
