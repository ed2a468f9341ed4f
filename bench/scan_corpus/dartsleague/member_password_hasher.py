"""Password hashing for league members (players, captains, sponsors).

The settings object is shared with the CLI that bulk-imports members at the
start of each season.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import bcrypt


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 10
    max_length: int = 72


DEFAULT_POLICY = PasswordPolicy()


class MemberPasswordHasher:
    def __init__(self, policy: PasswordPolicy = DEFAULT_POLICY) -> None:
        self._policy = policy

    def _check_length(self, password: str) -> bytes:
        raw = password.encode("utf-8")
        if len(password) < self._policy.min_length:
            raise ValueError(f"password must be at least {self._policy.min_length} characters")
        if len(raw) > self._policy.max_length:
            raise ValueError("password is too long")
        return raw

    def hash(self, password: str) -> str:
        raw = self._check_length(password)
        salt = bcrypt.gensalt(rounds=self._policy.bcrypt_rounds)
        return bcrypt.hashpw(raw, salt).decode("ascii")

    def verify(self, password: str, stored: str) -> bool:
        try:
            return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
        except ValueError:
            return False

    def needs_rehash(self, stored: str) -> bool:
        try:
            rounds = int(stored.split("$")[2])
        except (IndexError, ValueError):
            return True
        return rounds < self._policy.bcrypt_rounds

    @staticmethod
    def avatar_key(email: str) -> str:
        """Stable cache key for the member's avatar thumbnail."""
        return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()[:32]
