"""Password hashing for buyer and seller accounts on the escrow web app."""
from __future__ import annotations

import os
from dataclasses import dataclass

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

    @classmethod
    def from_env(cls) -> "Argon2Settings":
        return cls(
            time_cost=int(os.environ.get("ARGON2_TIME_COST", cls.time_cost)),
            memory_cost=int(os.environ.get("ARGON2_MEMORY_KIB", cls.memory_cost)),
        )


class PartyPasswordHasher:
    def __init__(self, settings: Argon2Settings | None = None) -> None:
        cfg = settings or Argon2Settings()
        self._hasher = PasswordHasher(time_cost=cfg.time_cost, memory_cost=cfg.memory_cost, parallelism=cfg.parallelism, hash_len=cfg.hash_len, salt_len=cfg.salt_len)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


class PartyAccounts:
    def __init__(self, engine: Engine, hasher: PartyPasswordHasher) -> None:
        self._engine = engine
        self._hasher = hasher

    def create(self, email: str, password: str) -> int:
        with self._engine.begin() as conn:
            return conn.execute(
                text("INSERT INTO parties (email, password_hash) VALUES (:e, :h) RETURNING id"),
                {"e": email.lower(), "h": self._hasher.hash(password)},
            ).scalar_one()

    def login(self, email: str, password: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM parties WHERE email = :e"),
                {"e": email.lower()},
            ).one_or_none()
            if row is None or not self._hasher.verify(row.password_hash, password):
                return None
            if self._hasher.needs_rehash(row.password_hash):
                conn.execute(
                    text("UPDATE parties SET password_hash = :h WHERE id = :id"),
                    {"h": self._hasher.hash(password), "id": row.id},
                )
            return row.id
