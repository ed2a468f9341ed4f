"""Password hashing and verification for client portal accounts."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


class CredentialStore(Protocol):
    def get_hash(self, account_id: int) -> str | None: ...

    def set_hash(self, account_id: int, password_hash: str) -> None: ...


@dataclass
class PasswordPolicy:
    min_length: int = 12
    max_length: int = 256

    def check(self, password: str) -> None:
        if not (self.min_length <= len(password) <= self.max_length):
            raise ValueError(
                f"password must be between {self.min_length} and {self.max_length} characters"
            )


class PortalPasswordService:
    def __init__(self, store: CredentialStore, policy: PasswordPolicy | None = None):
        self.store = store
        self.policy = policy or PasswordPolicy()

    def set_password(self, account_id: int, password: str) -> None:
        self.policy.check(password)
        self.store.set_hash(account_id, _hasher.hash(password))

    def verify(self, account_id: int, password: str) -> bool:
        stored = self.store.get_hash(account_id)
        if stored is None:
            return False
        try:
            _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if _hasher.check_needs_rehash(stored):
            self.store.set_hash(account_id, _hasher.hash(password))
        return True


class InMemoryStore:
    """Store used by the portal's local development server."""

    def __init__(self) -> None:
        self._hashes: dict[int, str] = {}

    def get_hash(self, account_id: int) -> str | None:
        return self._hashes.get(account_id)

    def set_hash(self, account_id: int, password_hash: str) -> None:
        self._hashes[account_id] = password_hash
