"""Argon2id password hashing for member portal accounts."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class HashingPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class MemberPasswords:
    def __init__(self, conn: sqlite3.Connection, policy: HashingPolicy = HashingPolicy()) -> None:
        self._conn = conn
        self._hasher = PasswordHasher(
            time_cost=policy.time_cost,
            memory_cost=policy.memory_cost_kib,
            parallelism=policy.parallelism,
        )

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Passwords must be at least 10 characters")
        with self._conn:
            self._conn.execute(
                "UPDATE members SET password_hash = ? WHERE id = ?",
                (self._hasher.hash(password), member_id),
            )

    def _stored_hash(self, email: str) -> Optional[tuple[int, str]]:
        row = self._conn.execute(
            "SELECT id, password_hash FROM members WHERE email = ? AND active = 1",
            (email.lower(),),
        ).fetchone()
        return (row[0], row[1]) if row and row[1] else None

    def authenticate(self, email: str, password: str) -> Optional[int]:
        found = self._stored_hash(email)
        if found is None:
            return None
        member_id, stored = found
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(stored):
            self.set_password(member_id, password)
        return member_id
