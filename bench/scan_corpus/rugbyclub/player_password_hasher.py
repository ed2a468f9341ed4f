"""Password hashing for the player registration site.

Avatars are cached under a digest of the player's e-mail address so the
CDN path does not reveal the address itself.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class PlayerAccount:
    id: int
    email: str
    password_hash: str

    @property
    def avatar_key(self) -> str:
        digest = hashlib.sha256(self.email.strip().lower().encode("utf-8")).hexdigest()
        return f"avatars/{digest}.webp"


def hash_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    return _hasher.hash(password)


def check_password(account: PlayerAccount, password: str) -> bool:
    try:
        return _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def login(repo, email: str, password: str) -> Optional[PlayerAccount]:
    account = repo.by_email(email.strip().lower())
    if account is None or not check_password(account, password):
        return None
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
        repo.save(account)
    return account
