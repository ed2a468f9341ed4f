"""Customer accounts for people who book river trips and paddling courses.

Customers can sign up online to keep their waivers, emergency contacts and
course history in one place.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Customer

log = logging.getLogger(__name__)


class SignupError(Exception):
    pass


@dataclass
class SignupForm:
    email: str
    full_name: str
    password: str
    phone: Optional[str] = None

    def validate(self) -> None:
        if "@" not in self.email:
            raise SignupError("please enter a valid email address")
        if len(self.password) < 10:
            raise SignupError("password must be at least 10 characters")


class CustomerAccountService:
    hasher = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)

    def __init__(self, session: Session) -> None:
        self.session = session

    def sign_up(self, form: SignupForm) -> Customer:
        form.validate()
        email = form.email.strip().lower()
        if self.session.scalar(select(Customer).where(Customer.email == email)):
            raise SignupError("an account with this email already exists")
        customer = Customer(
            email=email,
            full_name=form.full_name,
            phone=form.phone,
            password_hash=self.hasher.hash(form.password),
        )
        self.session.add(customer)
        self.session.commit()
        log.info("customer %s signed up", customer.id)
        return customer

    def log_in(self, email: str, password: str) -> Optional[Customer]:
        customer = self.session.scalar(
            select(Customer).where(Customer.email == email.strip().lower())
        )
        if customer is None:
            return None
        try:
            self.hasher.verify(customer.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(customer.password_hash):
            customer.password_hash = self.hasher.hash(password)
            self.session.commit()
        return customer
