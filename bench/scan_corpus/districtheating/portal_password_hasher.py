"""Password hashing for tariff portal accounts (argon2id)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16

    def as_kwargs(self) -> dict[str, int]:
        return {
            "time_cost": self.time_cost,
            "memory_cost": self.memory_cost_kib,
            "parallelism": self.parallelism,
            "hash_len": self.hash_len,
            "salt_len": self.salt_len,
        }


class PortalCredentials:
    settings = Argon2Settings()

    def __init__(self) -> None:
        self._ph = PasswordHasher(**self.settings.as_kwargs())

    def hash_new(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("portal passwords must be at least 12 characters")
        return self._ph.hash(password)

    def check(self, stored: str, password: str) -> tuple[bool, Optional[str]]:
        """Return (ok, replacement_hash) so callers can transparently upgrade old hashes."""
        try:
            self._ph.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False, None
        if self._ph.check_needs_rehash(stored):
            return True, self._ph.hash(password)
        return True, None


def login(users, email: str, password: str) -> bool:
    user = users.by_email(email)
    if user is None:
        return False
    ok, upgraded = PortalCredentials().check(user.password_hash, password)
    if ok and upgraded:
        users.update_hash(user.id, upgraded)
    return ok
