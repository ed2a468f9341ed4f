"""Password hashing for member accounts, with transparent rehashing on login."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def build_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost,
        parallelism=settings.parallelism,
    )


class MemberCredentials:
    def __init__(self, conn: sqlite3.Connection, hasher: PasswordHasher | None = None):
        self._conn = conn
        self._hasher = hasher or build_hasher()

    def set_password(self, member_id: int, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE members SET password_hash = ? WHERE id = ?",
                (self._hasher.hash(password), member_id),
            )

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM members WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            self._hasher.hash(password)
            return None
        member_id, stored = row
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(stored):
            self.set_password(member_id, password)
        return member_id
