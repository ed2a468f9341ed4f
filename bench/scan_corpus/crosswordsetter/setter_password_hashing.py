"""Password hashing for setter and editor accounts.

Hashes are stored in the PHC string format produced by argon2-cffi so the
parameters travel with each hash and can be raised later without a
migration: old hashes are upgraded on the next successful login.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class SetterPasswords:
    """Hash and verify setter passwords; rehash when settings move on."""

    def __init__(self, settings: Argon2Settings | None = None) -> None:
        cfg = settings or Argon2Settings()
        self._hasher = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost_kib,
            parallelism=cfg.parallelism,
            hash_len=cfg.hash_len,
            salt_len=cfg.salt_len,
        )

    def hash(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        return self._hasher.check_needs_rehash(stored_hash)


def login_and_upgrade(repo, passwords: SetterPasswords, email: str, password: str) -> int | None:
    """Check a setter's password and transparently upgrade an old hash."""
    account = repo.by_email(email.strip().lower())
    if account is None or not passwords.verify(account.password_hash, password):
        return None
    if passwords.needs_rehash(account.password_hash):
        repo.set_password_hash(account.id, passwords.hash(password))
    return account.id
