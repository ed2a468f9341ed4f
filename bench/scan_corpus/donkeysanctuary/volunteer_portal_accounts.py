"""Account storage for the volunteer rota portal.

Volunteers sign in to pick up yard, grooming and visitor-centre shifts.
Credentials live in the portal's own SQLite database.
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
    _scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    settings = HashSettings(iterations=int(iterations))
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(password, salt, settings), expected)


class VolunteerAccounts:
    """Thin repository over the ``volunteers`` table."""

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS volunteers ("
            " id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL,"
            " display_name TEXT NOT NULL, password_hash TEXT NOT NULL)"
        )

    def register(self, email: str, display_name: str, password: str) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        cur = self._conn.execute(
            "INSERT INTO volunteers (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email.strip().lower(), display_name, encode_password(password)),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM volunteers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        volunteer_id, stored = row
        return volunteer_id if check_password(password, stored) else None

    def close(self) -> None:
        self._conn.close()
