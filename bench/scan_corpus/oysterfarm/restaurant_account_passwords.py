"""Password hashing for restaurant buyer accounts, plus cache helpers for the portal."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import bcrypt

BCRYPT_ROUNDS = 12


@dataclass
class BuyerAccount:
    email: str
    restaurant_id: int
    password_hash: bytes


def hash_buyer_password(password: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    encoded = password.encode("utf-8")
    if len(encoded) > 72:
        raise ValueError("password is longer than 72 bytes")
    return bcrypt.hashpw(encoded, bcrypt.gensalt(rounds=rounds))


def check_buyer_password(account: BuyerAccount, password: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), account.password_hash)


def menu_etag(availability: dict[str, int]) -> str:
    """ETag for the weekly availability list (oyster variety -> dozens on hand)."""
    canonical = json.dumps(availability, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


class BuyerAccounts:
    def __init__(self, repo) -> None:
        self._repo = repo

    def register(self, email: str, restaurant_id: int, password: str) -> BuyerAccount:
        if len(password) < 12:
            raise ValueError("choose a password of at least 12 characters")
        account = BuyerAccount(email.lower(), restaurant_id, hash_buyer_password(password))
        self._repo.save(account)
        return account

    def login(self, email: str, password: str) -> BuyerAccount | None:
        account = self._repo.find(email.lower())
        if account is None or not check_buyer_password(account, password):
            return None
        return account

    def change_password(self, email: str, old: str, new: str) -> bool:
        account = self.login(email, old)
        if account is None:
            return False
        account.password_hash = hash_buyer_password(new)
        self._repo.save(account)
        return True
