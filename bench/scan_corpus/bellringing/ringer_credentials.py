"""Password storage for ringer accounts, plus avatar keys for the band lists."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


@dataclass
class Ringer:
    ringer_id: int
    email: str
    name: str

    @property
    def avatar_key(self) -> str:
        """Key used by the band-list avatar service (an address hash, not a secret)."""
        return hashlib.sha256(self.email.strip().lower().encode("utf-8")).hexdigest()


class RingerCredentialStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def set_password(self, ringer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        self._conn.execute(
            "UPDATE ringers SET password_hash = ? WHERE ringer_id = ?",
            (_hasher.hash(password), ringer_id),
        )
        self._conn.commit()

    def verify(self, email: str, password: str) -> Ringer | None:
        row = self._conn.execute(
            "SELECT ringer_id, email, name, password_hash FROM ringers WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        ringer_id, stored_email, name, stored_hash = row
        try:
            _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(stored_hash):
            self.set_password(ringer_id, password)
        return Ringer(ringer_id, stored_email, name)
