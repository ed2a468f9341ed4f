"""Password storage for font shop customer accounts."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

logger = logging.getLogger(__name__)
Base = declarative_base()


@dataclass(frozen=True)
class Argon2Settings:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(settings: Argon2Settings = Argon2Settings()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.time_cost,
        memory_cost=settings.memory_cost,
        parallelism=settings.parallelism,
        hash_len=settings.hash_len,
        salt_len=settings.salt_len,
    )


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    email_digest = Column(String(64), index=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


def email_lookup_digest(email: str) -> str:
    """Stable digest used as an index for case-folded e-mail look-ups."""
    return hashlib.sha256(email.strip().casefold().encode("utf-8")).hexdigest()


class CustomerPasswords:
    def __init__(self, session: Session, hasher: PasswordHasher | None = None) -> None:
        self.session = session
        self.hasher = hasher or build_hasher()

    def set_password(self, customer: Customer, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password too short")
        customer.password_hash = self.hasher.hash(password)
        self.session.commit()

    def create(self, email: str, password: str) -> Customer:
        customer = Customer(email=email.strip(), email_digest=email_lookup_digest(email))
        customer.password_hash = self.hasher.hash(password)
        self.session.add(customer)
        self.session.commit()
        return customer

    def login(self, email: str, password: str) -> Optional[Customer]:
        stmt = select(Customer).where(Customer.email_digest == email_lookup_digest(email))
        customer = self.session.execute(stmt).scalar_one_or_none()
        if customer is None:
            return None
        try:
            self.hasher.verify(customer.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            logger.info("failed login for customer %s", customer.id)
            return None
        if self.hasher.check_needs_rehash(customer.password_hash):
            customer.password_hash = self.hasher.hash(password)
            self.session.commit()
        return customer
