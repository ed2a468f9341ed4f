"""Password hashing for homeowner accounts on the booking portal."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CustomerPasswords:
    def __init__(self, engine: Engine, settings: Argon2Settings = Argon2Settings()):
        self._engine = engine
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost,
            parallelism=settings.parallelism,
            hash_len=settings.hash_len,
            salt_len=settings.salt_len,
        )

    def set_password(self, customer_id: int, password: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE customers SET password_hash = :h WHERE id = :id"),
                {"h": self._hasher.hash(password), "id": customer_id},
            )

    def authenticate(self, email: str, password: str):
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM customers WHERE email = :e"),
                {"e": email.lower()},
            ).first()
            if row is None:
                return None
            try:
                self._hasher.verify(row.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                log.info("Portal sign-in failed for customer %s", row.id)
                return None
            if self._hasher.check_needs_rehash(row.password_hash):
                conn.execute(
                    text("UPDATE customers SET password_hash = :h WHERE id = :id"),
                    {"h": self._hasher.hash(password), "id": row.id},
                )
        return row.id
