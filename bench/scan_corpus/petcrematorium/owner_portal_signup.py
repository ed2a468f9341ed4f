"""Owner portal sign-up and credential checks, backed by argon2id."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


class OwnerCredentials:
    def __init__(self, engine: Engine, settings: Argon2Settings = Argon2Settings()):
        self.engine = engine
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost,
            parallelism=settings.parallelism,
        )

    def register(self, email: str, password: str, case_id: int) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "INSERT INTO owner_accounts (email, password_hash, case_id) "
                    "VALUES (:e, :h, :c) RETURNING id"
                ),
                {"e": email.strip().lower(), "h": self._hasher.hash(password), "c": case_id},
            )
            return result.scalar_one()

    def verify(self, email: str, password: str) -> Optional[int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM owner_accounts WHERE email = :e"),
                {"e": email.strip().lower()},
            ).first()
        if row is None:
            return None
        try:
            self._hasher.verify(row.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(row.password_hash):
            with self.engine.begin() as conn:
                conn.execute(
                    text("UPDATE owner_accounts SET password_hash = :h WHERE id = :i"),
                    {"h": self._hasher.hash(password), "i": row.id},
                )
        return row.id
