"""Password hashing for maker accounts using Argon2id.

Wraps argon2-cffi's PasswordHasher with the studio's chosen parameters and
handles transparent rehashing when the parameters are raised.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(params: Argon2Params = Argon2Params()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        salt_len=params.salt_len,
    )


class MakerPasswords:
    def __init__(self, conn: sqlite3.Connection, hasher: PasswordHasher | None = None) -> None:
        self._conn = conn
        self._hasher = hasher or build_hasher()

    def set_password(self, maker_id: int, password: str) -> None:
        encoded = self._hasher.hash(password)
        self._conn.execute(
            "UPDATE makers SET password_hash = ? WHERE id = ?", (encoded, maker_id)
        )
        self._conn.commit()

    def _stored_hash(self, email: str) -> Optional[tuple[int, str]]:
        return self._conn.execute(
            "SELECT id, password_hash FROM makers WHERE email = ?", (email.lower(),)
        ).fetchone()

    def authenticate(self, email: str, password: str) -> Optional[int]:
        row = self._stored_hash(email)
        if row is None:
            return None
        maker_id, encoded = row
        try:
            self._hasher.verify(encoded, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(encoded):
            self.set_password(maker_id, password)
        return maker_id
