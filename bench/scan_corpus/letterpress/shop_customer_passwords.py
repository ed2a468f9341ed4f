"""Password storage for online shop customers (cards, prints, gift sets)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from shop.models import Customer

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


@dataclass
class LoginResult:
    customer: Optional[Customer]
    rehashed: bool = False


class CustomerPasswords:
    min_length = 10

    def __init__(self, session: Session, hasher: PasswordHasher = _hasher) -> None:
        self.session = session
        self.hasher = hasher

    def set_password(self, customer: Customer, raw: str) -> None:
        if len(raw) < self.min_length:
            raise ValueError(f"password must be at least {self.min_length} characters")
        customer.password_hash = self.hasher.hash(raw)
        self.session.add(customer)
        self.session.commit()

    def login(self, email: str, raw: str) -> LoginResult:
        customer = self.session.scalars(
            select(Customer).where(Customer.email == email.strip().lower())
        ).first()
        if customer is None or not customer.password_hash:
            return LoginResult(None)
        try:
            self.hasher.verify(customer.password_hash, raw)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return LoginResult(None)
        if self.hasher.check_needs_rehash(customer.password_hash):
            customer.password_hash = self.hasher.hash(raw)
            self.session.commit()
            return LoginResult(customer, rehashed=True)
        return LoginResult(customer)
