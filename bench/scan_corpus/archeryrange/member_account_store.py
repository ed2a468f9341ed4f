"""Member account storage for the archery club membership system.

Accounts are created once a new member's range induction has been signed
off by a coach. The store handles registration, password checks at login
and password changes made from the member portal.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_HASHING = HashingSettings()


class MemberAccountStore:
    """Thin repository around the ``members`` table."""

    def __init__(self, db_path: str, hashing: HashingSettings = DEFAULT_HASHING) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row
        self._hashing = hashing

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._hashing.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self._hashing.salt_bytes)
        digest = self._derive(password, salt, self._hashing.iterations)
        return "{}${}${}".format(
            self._hashing.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def register(self, member_no: str, email: str, password: str, inducted_by: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO members (member_no, email, password_hash, inducted_by, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    member_no,
                    email.strip().lower(),
                    self._encode(password),
                    inducted_by,
                    datetime.now(timezone.utc).isoformat(),
                ),
            )

    def _stored_hash(self, email: str) -> Optional[str]:
        row = self._conn.execute(
            "SELECT password_hash FROM members WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        return row["password_hash"] if row else None

    def check_password(self, email: str, password: str) -> bool:
        stored = self._stored_hash(email)
        if stored is None:
            return False
        iterations, salt_b64, digest_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def change_password(self, email: str, old_password: str, new_password: str) -> bool:
        if not self.check_password(email, old_password):
            return False
        if len(new_password) < 10:
            raise ValueError("Passwords must be at least 10 characters long")
        with self._conn:
            self._conn.execute(
                "UPDATE members SET password_hash = ? WHERE email = ?",
                (self._encode(new_password), email.strip().lower()),
            )
        return True
