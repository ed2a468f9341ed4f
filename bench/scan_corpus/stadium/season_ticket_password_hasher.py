"""Password hashing for the season ticket account service.

Replaces the legacy renewal portal hashes: on successful sign-in a legacy
hash is upgraded in place to the current Argon2id parameters.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def make_hasher(params: Argon2Params = Argon2Params()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        salt_len=params.salt_len,
    )


class HolderPasswords:
    def __init__(self, repo, hasher: PasswordHasher | None = None) -> None:
        self._repo = repo
        self._hasher = hasher or make_hasher()

    def set_password(self, holder_id: int, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._repo.save_hash(holder_id, self._hasher.hash(password))

    def authenticate(self, holder_id: int, password: str) -> bool:
        stored = self._repo.load_hash(holder_id)
        if stored is None:
            return False
        try:
            self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored):
            self._repo.save_hash(holder_id, self._hasher.hash(password))
        return True
