"""Household customer accounts for the online ordering portal.

Customers register with an email address and delivery postcode, then log in
to reorder house coal, smokeless ovoids and kindling.
"""
from dataclasses import dataclass

from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalheaver.models import Customer


@dataclass(frozen=True)
class PortalAuthSettings:
    scheme: str = "pbkdf2_sha256"
    rounds: int = 29000
    min_password_length: int = 10
    deprecated: str = "auto"


AUTH_SETTINGS = PortalAuthSettings()


def build_context(cfg: PortalAuthSettings = AUTH_SETTINGS) -> CryptContext:
    options = {f"{cfg.scheme}__rounds": cfg.rounds}
    return CryptContext(schemes=[cfg.scheme], deprecated=cfg.deprecated, **options)


pwd_context = build_context()


class RegistrationError(Exception):
    pass


def register_customer(session: Session, email: str, password: str, postcode: str) -> Customer:
    if len(password) < AUTH_SETTINGS.min_password_length:
        raise RegistrationError("password too short")
    existing = session.scalar(select(Customer).where(Customer.email == email.lower()))
    if existing is not None:
        raise RegistrationError("email already registered")
    customer = Customer(
        email=email.lower(),
        postcode=postcode.upper().strip(),
        password_hash=pwd_context.hash(password),
    )
    session.add(customer)
    session.flush()
    return customer


def authenticate(session: Session, email: str, password: str):
    customer = session.scalar(select(Customer).where(Customer.email == email.lower()))
    if customer is None:
        pwd_context.dummy_verify()
        return None
    ok, new_hash = pwd_context.verify_and_update(password, customer.password_hash)
    if not ok:
        return None
    if new_hash:
        customer.password_hash = new_hash
    return customer
