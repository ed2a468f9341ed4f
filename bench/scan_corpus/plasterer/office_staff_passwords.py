"""Password handling for office staff accounts (estimators, schedulers, accounts).

Wraps argon2-cffi so the rest of the back-office app never touches raw hashes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


class StaffRepo(Protocol):
    def get_hash(self, username: str) -> str | None: ...
    def set_hash(self, username: str, password_hash: str) -> None: ...


@dataclass
class StaffPasswordService:
    repo: StaffRepo
    min_length: int = 12

    def set_password(self, username: str, new_password: str) -> None:
        if len(new_password) < self.min_length:
            raise ValueError(f"password must be at least {self.min_length} characters")
        self.repo.set_hash(username, _hasher.hash(new_password))
        log.info("password updated for %s", username)

    def check(self, username: str, password: str) -> bool:
        stored = self.repo.get_hash(username)
        if stored is None:
            return False
        try:
            _hasher.verify(stored, password)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.warning("stored hash for %s could not be verified", username)
            return False
        if _hasher.check_needs_rehash(stored):
            self.repo.set_hash(username, _hasher.hash(password))
        return True
