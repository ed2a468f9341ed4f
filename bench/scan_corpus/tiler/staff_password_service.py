"""Password handling for office staff (estimators, schedulers, accounts).

Staff log into the back office to build quotes, place supplier orders and
manage the crew calendar.
"""
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

MIN_LENGTH = 12


@dataclass
class StaffUser:
    username: str
    email: str
    password_hash: str
    is_active: bool = True


class WeakPasswordError(ValueError):
    pass


def _validate(password: str, username: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_LENGTH} characters")
    if username.lower() in password.lower():
        raise WeakPasswordError("password must not contain the username")


class StaffPasswordService:
    def __init__(self, repo):
        self.repo = repo

    def set_password(self, user: StaffUser, new_password: str) -> None:
        _validate(new_password, user.username)
        user.password_hash = _hasher.hash(new_password)
        self.repo.save(user)

    def authenticate(self, username: str, password: str) -> Optional[StaffUser]:
        user = self.repo.get_by_username(username)
        if user is None or not user.is_active:
            return None
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
            self.repo.save(user)
        return user
