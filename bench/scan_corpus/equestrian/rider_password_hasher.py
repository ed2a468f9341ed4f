"""Password hashing for staff and rider accounts on the yard portal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(profile: Argon2Profile = Argon2Profile()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=profile.time_cost,
        memory_cost=profile.memory_cost_kib,
        parallelism=profile.parallelism,
        hash_len=profile.hash_len,
        salt_len=profile.salt_len,
    )


class AccountPasswords:
    """Wraps the argon2 hasher with the portal's rehash-on-login policy."""

    MIN_LENGTH = 10

    def __init__(self, hasher: Optional[PasswordHasher] = None) -> None:
        self._hasher = hasher or build_hasher()

    def hash(self, password: str) -> str:
        if len(password) < self.MIN_LENGTH:
            raise ValueError(f"password must be at least {self.MIN_LENGTH} characters")
        return self._hasher.hash(password)

    def check(self, stored_hash: str, password: str) -> Tuple[bool, Optional[str]]:
        """Return (ok, new_hash) where new_hash is set when parameters changed."""
        try:
            self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None
