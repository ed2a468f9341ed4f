"""Account management for the artist portal.

Artists log in to see their royalty statements, upload stems and approve
artwork proofs. This module owns credential storage for those accounts.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PortalAuthSettings:
    database_path: str = os.environ.get("ARTIST_PORTAL_DB", "artist_portal.db")
    hash_name: str = "sha256"
    kdf_iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = PortalAuthSettings()


def _derive(password: str, salt: bytes, settings: PortalAuthSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.hash_name,
        password.encode("utf-8"),
        salt,
        settings.kdf_iterations,
    )


def encode_password(password: str) -> str:
    salt = secrets.token_bytes(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "{}${}${}".format(
        SETTINGS.kdf_iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, stored: str) -> bool:
    iterations, salt_b64, digest_b64 = stored.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(
        SETTINGS.hash_name, password.encode("utf-8"), salt, int(iterations)
    )
    return hmac.compare_digest(candidate, expected)


class ArtistAccountStore:
    def __init__(self, path: str = SETTINGS.database_path) -> None:
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS artist_accounts ("
            " id INTEGER PRIMARY KEY,"
            " email TEXT UNIQUE NOT NULL,"
            " display_name TEXT NOT NULL,"
            " password_hash TEXT NOT NULL)"
        )

    def register(self, email: str, display_name: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        cur = self._conn.execute(
            "INSERT INTO artist_accounts (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), display_name, encode_password(password)),
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM artist_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        account_id, stored = row
        return account_id if check_password(password, stored) else None

    def change_password(self, account_id: int, new_password: str) -> None:
        self._conn.execute(
            "UPDATE artist_accounts SET password_hash = ? WHERE id = ?",
            (encode_password(new_password), account_id),
        )
        self._conn.commit()
