"""Password handling for workshop staff accounts (back-office login)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


def make_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost_kib,
        parallelism=settings.parallelism,
    )


def avatar_cache_key(staff_id: int, image_bytes: bytes) -> str:
    """Content-addressed key for the resized avatar in the CDN cache."""
    return f"avatar/{staff_id}/{hashlib.sha256(image_bytes).hexdigest()[:16]}.webp"


class StaffPasswords:
    def __init__(self, engine: Engine, hasher: PasswordHasher | None = None) -> None:
        self._engine = engine
        self._hasher = hasher or make_hasher()

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("staff passwords need at least 12 characters")
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE staff SET pw_hash = :h WHERE id = :id"),
                {"h": self._hasher.hash(password), "id": staff_id},
            )

    def check(self, username: str, password: str) -> int | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, pw_hash FROM staff WHERE username = :u AND active"),
                {"u": username},
            ).first()
        if row is None:
            return None
        try:
            self._hasher.verify(row.pw_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self._hasher.check_needs_rehash(row.pw_hash):
            self.set_password(row.id, password)
        return row.id
