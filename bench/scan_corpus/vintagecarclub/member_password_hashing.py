"""Password hashing and profile helpers for member accounts."""
from __future__ import annotations

import hashlib
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


class MemberPasswordService:
    def __init__(self, engine: Engine, settings: Argon2Settings | None = None) -> None:
        s = settings or Argon2Settings()
        self._engine = engine
        self._hasher = PasswordHasher(
            time_cost=s.time_cost, memory_cost=s.memory_cost, parallelism=s.parallelism
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify_and_upgrade(self, member_id: int, stored_hash: str, password: str) -> bool:
        try:
            self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored_hash):
            with self._engine.begin() as conn:
                conn.execute(
                    text("UPDATE members SET password_hash = :h WHERE id = :id"),
                    {"h": self._hasher.hash(password), "id": member_id},
                )
        return True

    def change_password(self, member_id: int, current: str, new: str) -> bool:
        with self._engine.connect() as conn:
            stored = conn.execute(
                text("SELECT password_hash FROM members WHERE id = :id"), {"id": member_id}
            ).scalar_one_or_none()
        if stored is None or not self.verify_and_upgrade(member_id, stored, current):
            return False
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE members SET password_hash = :h WHERE id = :id"),
                {"h": self.hash(new), "id": member_id},
            )
        return True


def avatar_url(email: str, size: int = 96) -> str:
    """Gravatar URL for the member's profile card."""
    digest = hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s={size}&d=identicon"
