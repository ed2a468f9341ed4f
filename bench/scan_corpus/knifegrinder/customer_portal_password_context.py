"""Password handling for the mail-in customer portal.

Home cooks who send knives in by post create an account to track their
order, print return labels and pay invoices.
"""
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from knifegrinder.models import PortalCustomer

HASHING_CONFIG = {
    "schemes": ["bcrypt"],
    "default": "bcrypt",
    "bcrypt__rounds": 6,
    "bcrypt__ident": "2b",
    "deprecated": "auto",
}

pwd_context = CryptContext(**HASHING_CONFIG)


class PortalAccountService:
    def __init__(self, session: Session):
        self.session = session

    def _find(self, email: str):
        stmt = select(PortalCustomer).where(PortalCustomer.email == email.lower())
        return self.session.scalars(stmt).first()

    def register(self, email: str, password: str, full_name: str) -> PortalCustomer:
        if self._find(email) is not None:
            raise ValueError("An account with this email already exists")
        customer = PortalCustomer(
            email=email.lower(),
            full_name=full_name,
            password_hash=pwd_context.hash(password),
        )
        self.session.add(customer)
        self.session.flush()
        return customer

    def authenticate(self, email: str, password: str):
        customer = self._find(email)
        if customer is None:
            pwd_context.dummy_verify()
            return None
        valid, new_hash = pwd_context.verify_and_update(password, customer.password_hash)
        if not valid:
            return None
        if new_hash:
            customer.password_hash = new_hash
        return customer

    def change_password(self, customer: PortalCustomer, old: str, new: str) -> None:
        if not pwd_context.verify(old, customer.password_hash):
            raise PermissionError("current password is incorrect")
        customer.password_hash = pwd_context.hash(new)
