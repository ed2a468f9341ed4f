"""Password hashing for tutor and staff accounts."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def make_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost,
        parallelism=settings.parallelism,
        hash_len=settings.hash_len,
        salt_len=settings.salt_len,
    )


class TutorCredentialService:
    def __init__(self, conn: sqlite3.Connection, hasher: PasswordHasher | None = None) -> None:
        self._conn = conn
        self._hasher = hasher or make_hasher()

    def set_password(self, tutor_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with self._conn:
            self._conn.execute(
                "UPDATE tutors SET password_hash = ? WHERE id = ?",
                (self._hasher.hash(password), tutor_id),
            )

    def authenticate(self, email: str, password: str) -> int | None:
        row = self._conn.execute(
            "SELECT id, password_hash FROM tutors WHERE email = ? AND active = 1",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        tutor_id, stored = row
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed login for tutor account %s", email)
            return None
        if self._hasher.check_needs_rehash(stored):
            with self._conn:
                self._conn.execute(
                    "UPDATE tutors SET password_hash = ? WHERE id = ?",
                    (self._hasher.hash(password), tutor_id),
                )
        return tutor_id
