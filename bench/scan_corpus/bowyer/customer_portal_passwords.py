"""Customer accounts for the custom-bow order portal."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .repository import CustomerRepository

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


@dataclass
class Customer:
    id: int
    email: str
    display_name: str
    password_hash: str
    preferred_draw_weight_lbs: Optional[int] = None


class CustomerAccounts:
    def __init__(self, repo: CustomerRepository, hasher: PasswordHasher = _hasher):
        self.repo = repo
        self.hasher = hasher

    def register(self, email: str, display_name: str, password: str) -> Customer:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        customer = Customer(
            id=0,
            email=email.strip().lower(),
            display_name=display_name.strip(),
            password_hash=self.hasher.hash(password),
        )
        return self.repo.insert(customer)

    def login(self, email: str, password: str) -> Optional[Customer]:
        customer = self.repo.by_email(email.strip().lower())
        if customer is None:
            return None
        try:
            self.hasher.verify(customer.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(customer.password_hash):
            customer.password_hash = self.hasher.hash(password)
            self.repo.update_password_hash(customer.id, customer.password_hash)
        return customer

    def change_password(self, customer: Customer, old: str, new: str) -> bool:
        if self.login(customer.email, old) is None:
            return False
        if len(new) < 12:
            raise ValueError("password must be at least 12 characters")
        customer.password_hash = self.hasher.hash(new)
        self.repo.update_password_hash(customer.id, customer.password_hash)
        return True
