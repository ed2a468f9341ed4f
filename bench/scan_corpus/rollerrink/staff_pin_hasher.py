"""Password hashing for the till and back-office staff logins.

Uses Argon2id with parameters from the site security settings; hashes are
upgraded transparently on the next successful login when settings change.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost_kib,
        parallelism=settings.parallelism,
        hash_len=settings.hash_len,
        salt_len=settings.salt_len,
        type=Type.ID,
    )


class StaffCredentialStore:
    def __init__(self, db, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or build_hasher()

    def enrol(self, staff_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        self.db.execute(
            "UPDATE staff SET password_hash = ? WHERE id = ?",
            (self.hasher.hash(password), staff_id),
        )

    def login(self, username: str, password: str) -> int | None:
        row = self.db.execute(
            "SELECT id, password_hash FROM staff WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        staff_id, stored = row
        try:
            self.hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(stored):
            self.enrol(staff_id, password)
        return staff_id
