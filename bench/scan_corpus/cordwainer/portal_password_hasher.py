"""Password hashing for the customer portal, shared by sign-up, sign-in and reset flows."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("cordwainer.portal.auth")


@dataclass(frozen=True)
class HashPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(policy: HashPolicy = HashPolicy()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=policy.time_cost,
        memory_cost=policy.memory_cost_kib,
        parallelism=policy.parallelism,
        hash_len=policy.hash_len,
        salt_len=policy.salt_len,
    )


class PortalPasswords:
    def __init__(self, hasher: Optional[PasswordHasher] = None):
        self._hasher = hasher or build_hasher()

    def hash(self, plain: str) -> str:
        if len(plain) < 10:
            raise ValueError("password too short")
        return self._hasher.hash(plain)

    def verify(self, stored_hash: str, plain: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, plain)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.warning("stored portal hash could not be parsed")
            return False

    def verify_and_upgrade(self, account, plain: str, save) -> bool:
        """Check a login and re-hash with the current policy when it has changed."""
        if not self.verify(account.password_hash, plain):
            return False
        if self._hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self._hasher.hash(plain)
            save(account)
            log.info("upgraded password hash for customer %s", account.customer_id)
        return True


passwords = PortalPasswords()
