"""Password hashing for customer accounts on the commission enquiry site."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from workshop.repositories import CustomerRepository


@dataclass(frozen=True)
class HashingProfile:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class CustomerPasswordStore:
    def __init__(self, repository: CustomerRepository, profile: HashingProfile | None = None):
        profile = profile or HashingProfile()
        self._repo = repository
        self._hasher = PasswordHasher(time_cost=profile.time_cost, memory_cost=profile.memory_cost, parallelism=profile.parallelism, hash_len=profile.hash_len, salt_len=profile.salt_len)

    def set_password(self, customer_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("Passwords must be at least 12 characters")
        self._repo.update_password_hash(customer_id, self._hasher.hash(password))

    def verify(self, customer_id: int, password: str) -> bool:
        stored = self._repo.get_password_hash(customer_id)
        if not stored:
            return False
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(stored):
            self._repo.update_password_hash(customer_id, self._hasher.hash(password))
        return True
