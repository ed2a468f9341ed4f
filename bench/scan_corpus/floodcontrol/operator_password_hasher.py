"""Password hashing for SCADA operator accounts managed by the control room."""

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class OperatorPasswords:
    profile = Argon2Profile()
    min_length = 14

    def __init__(self, repo) -> None:
        self.repo = repo
        self._hasher = PasswordHasher(
            time_cost=self.profile.time_cost,
            memory_cost=self.profile.memory_cost_kib,
            parallelism=self.profile.parallelism,
            hash_len=self.profile.hash_len,
            salt_len=self.profile.salt_len,
        )

    def set(self, operator_id: str, password: str) -> None:
        if len(password) < self.min_length:
            raise ValueError(f"operator passwords must be at least {self.min_length} characters")
        self.repo.save_hash(operator_id, self._hasher.hash(password))

    def check(self, operator_id: str, password: str) -> bool:
        stored = self.repo.load_hash(operator_id)
        if stored is None:
            return False
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored):
            self.repo.save_hash(operator_id, self._hasher.hash(password))
        return True
