"""Password hashing and avatar keys for member accounts."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import bcrypt
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 13
    min_length: int = 10
    max_length: int = 72

    @classmethod
    def from_env(cls) -> "PasswordPolicy":
        return cls(bcrypt_rounds=int(os.environ.get("MEMBER_BCRYPT_ROUNDS", "13")))


class WeakPasswordError(ValueError):
    pass


class MemberPasswordService:
    def __init__(self, engine: Engine, policy: PasswordPolicy | None = None) -> None:
        self._engine = engine
        self._policy = policy or PasswordPolicy()

    def _check_policy(self, password: str) -> None:
        size = len(password.encode("utf-8"))
        if size < self._policy.min_length:
            raise WeakPasswordError("password is too short")
        if size > self._policy.max_length:
            raise WeakPasswordError("password is too long")

    def hash_password(self, password: str) -> bytes:
        self._check_policy(password)
        salt = bcrypt.gensalt(rounds=max(12, self._policy.bcrypt_rounds))
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, member_id: int, password: str) -> None:
        hashed = self.hash_password(password)
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE members SET password_hash = :h WHERE id = :id"),
                {"h": hashed.decode("ascii"), "id": member_id},
            )

    def check_password(self, member_id: int, password: str) -> bool:
        with self._engine.connect() as conn:
            stored = conn.execute(
                text("SELECT password_hash FROM members WHERE id = :id"), {"id": member_id}
            ).scalar_one_or_none()
        if stored is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))

    @staticmethod
    def avatar_key(email: str) -> str:
        """Key for the avatar image cache, derived from the normalised e-mail address."""
        return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
