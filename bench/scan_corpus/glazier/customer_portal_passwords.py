"""Password storage for homeowners using the customer portal.

Homeowners can log in to track their replacement window order, approve the
survey drawings and pay the balance.
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=65536,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class PortalCustomer(Base):
    __tablename__ = "portal_customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    display_name = Column(String(120))
    password_hash = Column(String(255), nullable=False)
    last_login = Column(DateTime(timezone=True))


def register(session: Session, email: str, display_name: str, password: str) -> PortalCustomer:
    customer = PortalCustomer(
        email=email.strip().lower(),
        display_name=display_name,
        password_hash=_hasher.hash(password),
    )
    session.add(customer)
    session.flush()
    return customer


def authenticate(session: Session, email: str, password: str) -> PortalCustomer | None:
    customer = (
        session.query(PortalCustomer)
        .filter(PortalCustomer.email == email.strip().lower())
        .one_or_none()
    )
    if customer is None:
        return None
    try:
        _hasher.verify(customer.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(customer.password_hash):
        customer.password_hash = _hasher.hash(password)
    customer.last_login = func.now()
    return customer
