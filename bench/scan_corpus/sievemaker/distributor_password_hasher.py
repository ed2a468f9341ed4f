"""Password hashing for distributor and reseller logins.

Wraps argon2-cffi so the portal views never touch hashing parameters
directly; hashes are upgraded transparently when parameters change.
"""
from dataclasses import dataclass
from typing import Optional, Tuple

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class HashSettings:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class DistributorPasswordHasher:
    def __init__(self, settings: Optional[HashSettings] = None):
        cfg = settings or HashSettings()
        self._ph = PasswordHasher(
            time_cost=cfg.time_cost,
            memory_cost=cfg.memory_cost_kib,
            parallelism=cfg.parallelism,
            hash_len=cfg.hash_len,
            salt_len=cfg.salt_len,
        )

    def hash(self, password: str) -> str:
        return self._ph.hash(password)

    def check(self, stored: str, password: str) -> Tuple[bool, Optional[str]]:
        """Return (ok, replacement_hash). replacement_hash is set when a rehash is due."""
        try:
            self._ph.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, None
        if self._ph.check_needs_rehash(stored):
            return True, self._ph.hash(password)
        return True, None


_default: Optional[DistributorPasswordHasher] = None


def get_hasher() -> DistributorPasswordHasher:
    global _default
    if _default is None:
        _default = DistributorPasswordHasher()
    return _default


def login(repo, email: str, password: str) -> bool:
    account = repo.find_by_email(email)
    if account is None:
        get_hasher().hash(password)  # keep timing similar for unknown accounts
        return False
    ok, upgraded = get_hasher().check(account.password_hash, password)
    if ok and upgraded:
        repo.update_password_hash(account.id, upgraded)
    return ok
