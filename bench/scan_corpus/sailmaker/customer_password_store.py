"""Password storage for direct customers (owners ordering sails online)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from loft.models import Customer

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


@dataclass
class LoginResult:
    customer: Optional[Customer]
    rehashed: bool = False


class CustomerPasswords:
    def __init__(self, session: Session, hasher: PasswordHasher = _hasher):
        self.session = session
        self.hasher = hasher

    def set_password(self, customer: Customer, password: str) -> None:
        customer.password_hash = self.hasher.hash(password)
        self.session.add(customer)
        self.session.commit()

    def login(self, email: str, password: str) -> LoginResult:
        stmt = select(Customer).where(Customer.email == email.strip().lower())
        customer = self.session.scalars(stmt).first()
        if customer is None or not customer.password_hash:
            return LoginResult(None)
        try:
            self.hasher.verify(customer.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return LoginResult(None)
        rehashed = False
        if self.hasher.check_needs_rehash(customer.password_hash):
            self.set_password(customer, password)
            rehashed = True
        return LoginResult(customer, rehashed)
