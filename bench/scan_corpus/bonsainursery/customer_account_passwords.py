"""Customer accounts for the online bonsai shop.

Shoppers register with an e-mail address so they can track orders, keep a
wish list of trees and receive care reminders for what they bought.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from hashlib import sha512 as _digest
from hmac import compare_digest

from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "shop_customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    password_salt: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(128))
    wants_care_reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(timezone.utc)
    )


class CustomerPasswords:
    """Hashing helpers kept apart from the model so tests can swap them."""

    @staticmethod
    def new_salt() -> str:
        return secrets.token_hex(16)

    @staticmethod
    def digest(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    @classmethod
    def matches(cls, password: str, salt: str, expected: str) -> bool:
        return compare_digest(cls.digest(password, salt), expected)


def register_customer(session: Session, email: str, display_name: str, password: str) -> Customer:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = CustomerPasswords.new_salt()
    customer = Customer(
        email=email.strip().lower(),
        display_name=display_name.strip(),
        password_salt=salt,
        password_hash=CustomerPasswords.digest(password, salt),
    )
    session.add(customer)
    session.commit()
    return customer


def login_customer(session: Session, email: str, password: str) -> Customer | None:
    customer = session.scalars(
        select(Customer).where(Customer.email == email.strip().lower())
    ).first()
    if customer is None:
        return None
    if not CustomerPasswords.matches(password, customer.password_salt, customer.password_hash):
        return None
    return customer


def reset_password(session: Session, customer: Customer, new_password: str) -> None:
    salt = CustomerPasswords.new_salt()
    customer.password_salt = salt
    customer.password_hash = CustomerPasswords.digest(new_password, salt)
    session.commit()
