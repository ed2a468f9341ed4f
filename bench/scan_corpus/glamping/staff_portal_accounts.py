"""Staff portal account management for the site office.

Reception and housekeeping leads sign in to the staff portal to manage
yurt and pod bookings. Accounts live in the ``staff_accounts`` table.
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


SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, settings: HashSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        SETTINGS.algorithm,
        SETTINGS.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), salt, int(iterations)
    )
    return hmac.compare_digest(candidate, expected)


class StaffAccountStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS staff_accounts ("
            " username TEXT PRIMARY KEY, role TEXT NOT NULL, password TEXT NOT NULL)"
        )

    def create(self, username: str, role: str, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO staff_accounts (username, role, password) VALUES (?, ?, ?)",
                (username, role, encode_password(password)),
            )

    def authenticate(self, username: str, password: str) -> str | None:
        row = self._conn.execute(
            "SELECT role, password FROM staff_accounts WHERE username = ?",
            (username,),
        ).fetchone()
        if row is None:
            return None
        role, encoded = row
        return role if check_password(password, encoded) else None

    def change_password(self, username: str, new_password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE staff_accounts SET password = ? WHERE username = ?",
                (encode_password(new_password), username),
            )
