"""Password hashing for the customer build-progress portal."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CustomerPasswords:
    def __init__(self, db_path: str, settings: Argon2Settings | None = None) -> None:
        self.db_path = db_path
        cfg = settings or Argon2Settings()
        self._hasher = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost,
            parallelism=cfg.parallelism,
            hash_len=cfg.hash_len,
            salt_len=cfg.salt_len,
        )

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path)

    def set_password(self, customer_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self._conn() as conn:
            conn.execute(
                "UPDATE customers SET pw_hash = ? WHERE id = ?",
                (self._hasher.hash(password), customer_id),
            )

    def check(self, email: str, password: str) -> int | None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT id, pw_hash FROM customers WHERE email = ?", (email,)
            ).fetchone()
        if row is None:
            return None
        customer_id, stored = row
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            log.info("failed portal login for customer %s", customer_id)
            return None
        if self._hasher.check_needs_rehash(stored):
            self.set_password(customer_id, password)
        return customer_id
