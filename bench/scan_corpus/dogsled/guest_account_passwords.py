"""Password handling for guest accounts on the booking website."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Profile:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class GuestAccountSettings:
    password_min_length = 10
    argon2 = Argon2Profile()


class GuestPasswordService:
    def __init__(self, settings: type[GuestAccountSettings] = GuestAccountSettings) -> None:
        profile = settings.argon2
        self._min_len = settings.password_min_length
        self._hasher = PasswordHasher(
            time_cost=profile.time_cost,
            memory_cost=profile.memory_cost,
            parallelism=profile.parallelism,
            hash_len=profile.hash_len,
            salt_len=profile.salt_len,
        )

    def hash_new(self, password: str) -> str:
        if len(password) < self._min_len:
            raise ValueError(f"password must be at least {self._min_len} characters")
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        try:
            self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


class GuestLogin:
    def __init__(self, passwords: GuestPasswordService, users: dict[str, str]) -> None:
        self._passwords = passwords
        self._users = users

    def attempt(self, email: str, password: str) -> bool:
        stored = self._users.get(email.lower())
        if stored is None:
            return False
        ok, upgraded = self._passwords.verify(stored, password)
        if ok and upgraded:
            self._users[email.lower()] = upgraded
        return ok
