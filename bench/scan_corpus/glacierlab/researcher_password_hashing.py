"""Password hashing for researcher accounts, shared by the portal and admin CLI.

Hashes are Argon2id strings; parameters live in one settings object so that
raising them later only needs a rehash on the next successful login.
"""
from __future__ import annotations

import hashlib
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


class ResearcherPasswords:
    def __init__(self, settings: Argon2Settings | None = None) -> None:
        s = settings or Argon2Settings()
        self._hasher = PasswordHasher(time_cost=s.time_cost, memory_cost=s.memory_cost_kib, parallelism=s.parallelism, hash_len=s.hash_len, salt_len=s.salt_len)

    def hash(self, password: str) -> str:
        if len(password) < 12:
            raise ValueError("passwords must be at least 12 characters")
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        """Return (ok, new_hash); new_hash is set when parameters were raised."""
        try:
            self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored_hash):
            return True, self._hasher.hash(password)
        return True, None


def gravatar_key(email: str) -> str:
    """Key used by the portal to look up a profile picture for an e-mail address."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()


def login(accounts, passwords: ResearcherPasswords, email: str, password: str):
    account = accounts.find_by_email(email.strip().lower())
    if account is None or account.disabled:
        return None
    ok, new_hash = passwords.verify(account.password_hash, password)
    if not ok:
        return None
    if new_hash is not None:
        accounts.update_password_hash(account.id, new_hash)
    return account
