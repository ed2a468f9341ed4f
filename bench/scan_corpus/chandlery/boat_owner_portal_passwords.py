"""Password handling for boat owners' web-shop accounts.

Owners log in to reorder consumables for their boat (impellers, filters,
anodes) and to book berth delivery. Hashes are argon2id, upgraded on login
when the parameters change.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger("chandlery.accounts")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class OwnerAccount:
    account_id: int
    email: str
    password_hash: str
    boat_name: Optional[str] = None


class OwnerPasswordService:
    def __init__(self, accounts) -> None:
        self._accounts = accounts

    def set_password(self, account: OwnerAccount, password: str) -> None:
        if len(password) < 12:
            raise ValueError("passwords must be at least 12 characters")
        account.password_hash = _hasher.hash(password)
        self._accounts.save(account)

    def check(self, email: str, password: str) -> Optional[OwnerAccount]:
        account = self._accounts.by_email(email.strip().lower())
        if account is None:
            return None
        try:
            _hasher.verify(account.password_hash, password)
        except VerifyMismatchError:
            log.info("failed login for owner account %s", account.account_id)
            return None
        except (VerificationError, InvalidHashError):
            log.warning("unreadable password hash on owner account %s", account.account_id)
            return None

        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
            self._accounts.save(account)
        return account
