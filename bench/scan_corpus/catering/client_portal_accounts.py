"""Client portal account registration and sign-in for corporate catering clients."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PortalSecurity:
    hash_name: str = "sha256"
    pbkdf2_rounds: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


SECURITY = PortalSecurity()


class ClientAccountStore:
    """Stores portal logins for the organisers who book events with us."""

    def __init__(self, db_path: str, security: PortalSecurity = SECURITY) -> None:
        self._db_path = db_path
        self._security = security

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._security.hash_name,
            password.encode("utf-8"),
            salt,
            self._security.pbkdf2_rounds,
        )

    def register(self, email: str, company: str, password: str) -> int:
        if len(password) < self._security.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self._security.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO portal_clients (email, company, pw_salt, pw_hash) "
                "VALUES (?, ?, ?, ?)",
                (email.strip().lower(), company.strip(), salt, digest),
            )
            return int(cur.lastrowid)

    def authenticate(self, email: str, password: str) -> int | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, pw_salt, pw_hash FROM portal_clients WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        candidate = self._derive(password, row["pw_salt"])
        if hmac.compare_digest(candidate, row["pw_hash"]):
            return int(row["id"])
        return None

    def change_password(self, client_id: int, old: str, new: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT pw_salt, pw_hash FROM portal_clients WHERE id = ?",
                (client_id,),
            ).fetchone()
            if row is None:
                return False
            if not hmac.compare_digest(self._derive(old, row["pw_salt"]), row["pw_hash"]):
                return False
            if len(new) < self._security.min_length:
                raise ValueError("password too short")
            salt = os.urandom(self._security.salt_bytes)
            conn.execute(
                "UPDATE portal_clients SET pw_salt = ?, pw_hash = ? WHERE id = ?",
                (salt, self._derive(new, salt), client_id),
            )
        return True
