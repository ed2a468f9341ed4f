"""Password handling for guest accounts on the booking portal.

Returning guests can keep an account with their stored waivers and photo
packages. Passwords are hashed with Argon2id; the e-mail digest is only a
lookup key for the avatar cache.
"""
import hashlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


class GuestPasswords:
    def __init__(self, engine: Engine, settings: Argon2Settings | None = None) -> None:
        cfg = settings or Argon2Settings()
        self._engine = engine
        self._hasher = PasswordHasher(time_cost=cfg.time_cost, memory_cost=cfg.memory_cost_kib, parallelism=cfg.parallelism)

    @staticmethod
    def avatar_cache_key(email: str) -> str:
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()

    def set_password(self, guest_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE guests SET password_hash = :h WHERE id = :id"),
                {"h": self._hasher.hash(password), "id": guest_id},
            )

    def check(self, email: str, password: str) -> int | None:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, password_hash FROM guests WHERE email = :e"),
                {"e": email.strip().lower()},
            ).first()
            if row is None or row.password_hash is None:
                return None
            try:
                self._hasher.verify(row.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return None
            if self._hasher.check_needs_rehash(row.password_hash):
                conn.execute(
                    text("UPDATE guests SET password_hash = :h WHERE id = :id"),
                    {"h": self._hasher.hash(password), "id": row.id},
                )
            return row.id
