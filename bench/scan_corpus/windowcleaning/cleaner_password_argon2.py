"""Passwords for cleaner app accounts, hashed with Argon2id."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
        )


class CleanerCredentialStore:
    def __init__(self, engine: Engine, settings: Argon2Settings = Argon2Settings()):
        self._engine = engine
        self._hasher = settings.hasher()

    def set_password(self, cleaner_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Password must be at least 10 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE cleaners SET password_hash = :h WHERE id = :id"),
                {"h": self._hasher.hash(password), "id": cleaner_id},
            )

    def _stored_hash(self, email: str) -> Optional[tuple]:
        with self._engine.connect() as conn:
            return conn.execute(
                text("SELECT id, password_hash FROM cleaners WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()

    def authenticate(self, email: str, password: str) -> Optional[int]:
        row = self._stored_hash(email)
        if row is None:
            return None
        cleaner_id, stored = row
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(stored):
            self.set_password(cleaner_id, password)
        return cleaner_id
