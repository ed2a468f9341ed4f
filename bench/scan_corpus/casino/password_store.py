"""Password storage for player and cashier-staff accounts."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,  # KiB
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}
MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher(**ARGON2_PARAMS)


class PasswordPolicyError(ValueError):
    pass


class PasswordStore:
    def __init__(self, repo):
        self._repo = repo

    def set_password(self, account_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        self._repo.update_password_hash(account_id, _hasher.hash(password))

    def check_password(self, account_id: int, password: str) -> bool:
        stored = self._repo.password_hash(account_id)
        if stored is None:
            return False
        try:
            _hasher.verify(stored, password)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            return False
        if _hasher.check_needs_rehash(stored):
            self._repo.update_password_hash(account_id, _hasher.hash(password))
        return True
