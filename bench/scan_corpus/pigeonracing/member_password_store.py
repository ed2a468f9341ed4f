"""Password storage for federation portal members.

Hashes are kept in the ``members.password_hash`` column and upgraded in place
when the hashing parameters change.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


class MemberPasswordStore:
    def __init__(self, conn: sqlite3.Connection, params: Argon2Params | None = None):
        self.conn = conn
        p = params or Argon2Params()
        self._hasher = PasswordHasher(time_cost=p.time_cost, memory_cost=p.memory_cost,
                                      parallelism=p.parallelism)

    def set_password(self, member_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        self.conn.execute(
            "UPDATE members SET password_hash = ? WHERE id = ?",
            (self._hasher.hash(password), member_id),
        )
        self.conn.commit()

    def check_password(self, membership_no: str, password: str) -> int | None:
        row = self.conn.execute(
            "SELECT id, password_hash FROM members WHERE membership_no = ?",
            (membership_no.strip().upper(),),
        ).fetchone()
        if row is None or row[1] is None:
            return None
        member_id, stored = row
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(stored):
            self.set_password(member_id, password)
        return member_id
