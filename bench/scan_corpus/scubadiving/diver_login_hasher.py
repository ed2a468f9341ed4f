"""Password hashing for diver and staff logins on the booking site.

Wraps argon2-cffi so that views and the admin CLI share one policy, and so
hashes created with older parameters are upgraded on the next login.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Policy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class LoginPasswordHasher:
    def __init__(self, policy: Argon2Policy = Argon2Policy()) -> None:
        self._policy = policy
        self._hasher = PasswordHasher(
            time_cost=policy.time_cost,
            memory_cost=policy.memory_cost_kib,
            parallelism=policy.parallelism,
            hash_len=policy.hash_len,
            salt_len=policy.salt_len,
        )

    def hash(self, password: str) -> str:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_upgrade(self, stored_hash: str) -> bool:
        return self._hasher.check_needs_rehash(stored_hash)


def login(repo, hasher: LoginPasswordHasher, email: str, password: str):
    """Returns the account on success, upgrading its hash when the policy changed."""
    account = repo.find_by_email(email.strip().lower())
    if account is None or not account.active:
        return None
    if not hasher.verify(account.password_hash, password):
        repo.record_failed_login(account.id)
        return None
    if hasher.needs_upgrade(account.password_hash):
        repo.update_password_hash(account.id, hasher.hash(password))
    repo.record_login(account.id)
    return account
