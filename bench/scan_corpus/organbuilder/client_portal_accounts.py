"""Account storage for the parish client portal.

Parish contacts log in to follow the progress of their commission,
download voicing summaries and book tuning visits.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class ClientAccountStore:
    """Thin data-access layer around the ``portal_accounts`` table."""

    def __init__(self, db_path: str, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self._db_path = db_path
        self._policy = policy

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._policy.algorithm,
            password.encode("utf-8"),
            salt,
            self._policy.iterations,
        )

    def create_account(self, email: str, parish: str, password: str) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(password, salt)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO portal_accounts (email, parish, salt, pw_hash) VALUES (?, ?, ?, ?)",
                (email.strip().lower(), parish, salt, digest),
            )
            return int(cur.lastrowid)

    def verify_login(self, email: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT salt, pw_hash FROM portal_accounts WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return False
        candidate = self._derive(password, row["salt"])
        return hmac.compare_digest(candidate, row["pw_hash"])

    def change_password(self, email: str, old_password: str, new_password: str) -> bool:
        if not self.verify_login(email, old_password):
            return False
        salt = os.urandom(self._policy.salt_bytes)
        digest = self._derive(new_password, salt)
        with self._connect() as conn:
            conn.execute(
                "UPDATE portal_accounts SET salt = ?, pw_hash = ? WHERE email = ?",
                (salt, digest, email.strip().lower()),
            )
        return True

    def parishes_for(self, email: str) -> list[str]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT parish FROM portal_accounts WHERE email = ? ORDER BY parish",
                (email.strip().lower(),),
            ).fetchall()
        return [r["parish"] for r in rows]
