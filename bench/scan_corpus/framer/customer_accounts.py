"""Customer accounts for the online gallery shop (orders, saved frames)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import Boolean, Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    full_name = Column(String(200), nullable=False)
    password_hash = Column(String(255), nullable=False)
    marketing_opt_in = Column(Boolean, default=False)


@dataclass
class SignupForm:
    email: str
    full_name: str
    password: str
    marketing_opt_in: bool = False


def register(session: Session, form: SignupForm) -> Customer:
    if len(form.password) < 10:
        raise ValueError("Password must be at least 10 characters")
    customer = Customer(
        email=form.email.strip().lower(),
        full_name=form.full_name.strip(),
        password_hash=hasher.hash(form.password),
        marketing_opt_in=form.marketing_opt_in,
    )
    session.add(customer)
    session.commit()
    return customer


def login(session: Session, email: str, password: str) -> Optional[Customer]:
    customer = session.scalars(
        select(Customer).where(Customer.email == email.strip().lower())
    ).first()
    if customer is None:
        return None
    try:
        hasher.verify(customer.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if hasher.check_needs_rehash(customer.password_hash):
        customer.password_hash = hasher.hash(password)
        session.commit()
    return customer
