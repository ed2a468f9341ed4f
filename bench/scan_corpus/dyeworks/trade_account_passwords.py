"""Password handling for trade-account buyers who order from the dye house."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

logger = logging.getLogger("trade.accounts")

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


@dataclass
class TradeBuyer:
    account_no: str
    email: str
    password_hash: str
    active: bool = True


class BuyerCredentials:
    def __init__(self, repository):
        self.repo = repository

    def set_password(self, buyer: TradeBuyer, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password too short")
        buyer.password_hash = _hasher.hash(new_password)
        self.repo.save(buyer)
        logger.info("password changed for trade account %s", buyer.account_no)

    def authenticate(self, email: str, password: str) -> TradeBuyer | None:
        buyer = self.repo.by_email(email)
        if buyer is None or not buyer.active:
            return None
        try:
            _hasher.verify(buyer.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            logger.info("failed login for trade account %s", buyer.account_no)
            return None
        if _hasher.check_needs_rehash(buyer.password_hash):
            buyer.password_hash = _hasher.hash(password)
            self.repo.save(buyer)
        return buyer
