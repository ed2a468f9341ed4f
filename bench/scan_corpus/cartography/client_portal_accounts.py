"""Account storage for the client project portal.

Clients log in to review map proofs and download deliverables for their
workspace.  Passwords are kept as PBKDF2 digests next to a per-user salt.
"""
from __future__ import annotations

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


DEFAULT_HASH_SETTINGS = HashSettings()


class PortalAccountStore:
    """Thin repository around the ``portal_users`` table."""

    def __init__(self, db_path: str, settings: HashSettings = DEFAULT_HASH_SETTINGS):
        self._conn = sqlite3.connect(db_path)
        self._settings = settings
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS portal_users ("
            " email TEXT PRIMARY KEY,"
            " salt BLOB NOT NULL,"
            " digest BLOB NOT NULL,"
            " workspace_id INTEGER NOT NULL)"
        )

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            self._settings.iterations,
        )

    def create_user(self, email: str, password: str, workspace_id: int) -> None:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt)
        with self._conn:
            self._conn.execute(
                "INSERT INTO portal_users (email, salt, digest, workspace_id)"
                " VALUES (?, ?, ?, ?)",
                (email.strip().lower(), salt, digest, workspace_id),
            )

    def authenticate(self, email: str, password: str) -> Optional[int]:
        """Return the workspace id for valid credentials, else ``None``."""
        row = self._conn.execute(
            "SELECT salt, digest, workspace_id FROM portal_users WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        salt, digest, workspace_id = row
        candidate = self._derive(password, salt)
        if hmac.compare_digest(candidate, digest):
            return workspace_id
        return None

    def change_password(self, email: str, new_password: str) -> bool:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._conn:
            cur = self._conn.execute(
                "UPDATE portal_users SET salt = ?, digest = ? WHERE email = ?",
                (salt, digest, email.strip().lower()),
            )
        return cur.rowcount == 1

    def close(self) -> None:
        self._conn.close()
