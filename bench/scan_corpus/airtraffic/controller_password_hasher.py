"""Password hashing for controller accounts in the training and rostering systems."""
from __future__ import annotations

from typing import Optional, Tuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError


class HashingProfile:
    """Parameters agreed with the security office for controller credentials."""

    ARGON_PARAMS = {
        "time_cost": 3,
        "memory_cost": 64 * 1024,
        "parallelism": 4,
        "hash_len": 32,
        "salt_len": 16,
    }

    @classmethod
    def hasher(cls, **overrides) -> PasswordHasher:
        return PasswordHasher(**{**cls.ARGON_PARAMS, **overrides})


class ControllerPasswords:
    def __init__(self, hasher: Optional[PasswordHasher] = None) -> None:
        self._hasher = hasher or HashingProfile.hasher()

    def hash(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("controller passwords must be at least 12 characters")
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> Tuple[bool, Optional[str]]:
        """Return (valid, replacement_hash) where a replacement is set when parameters changed."""
        try:
            self._hasher.verify(stored, password)
        except (VerifyMismatchError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored):
            return True, self._hasher.hash(password)
        return True, None


def login(repo, licence_number: str, password: str) -> bool:
    passwords = ControllerPasswords()
    record = repo.get_credentials(licence_number)
    if record is None:
        return False
    ok, replacement = passwords.verify(record.password_hash, password)
    if ok and replacement:
        repo.update_password_hash(licence_number, replacement)
    return ok
