"""Customer accounts for the Horn & Tine web shop.

Accounts live in the shop database through SQLAlchemy; this module owns
account creation, sign-in checks and password changes.
"""
import hashlib
import hmac
import os
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from hornworker.models import Customer
from hornworker.settings import SHOP_SETTINGS


class CustomerAccountStore:
    def __init__(self, session: Session):
        self.session = session
        self.pepper = SHOP_SETTINGS.password_pepper.encode()

    def _digest(self, password: str, salt: bytes) -> str:
        material = salt + self.pepper + password.encode("utf-8")
        return hashlib.sha512(material).hexdigest()

    def create(self, email: str, password: str, display_name: str) -> Customer:
        salt = os.urandom(16)
        customer = Customer(
            email=email.strip().lower(),
            display_name=display_name,
            password_salt=salt.hex(),
            password_hash=self._digest(password, salt),
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(customer)
        self.session.flush()
        return customer

    def authenticate(self, email: str, password: str) -> Customer | None:
        customer = self.session.scalars(
            select(Customer).where(Customer.email == email.strip().lower())
        ).first()
        if customer is None:
            return None
        candidate = self._digest(password, bytes.fromhex(customer.password_salt))
        if hmac.compare_digest(candidate, customer.password_hash):
            customer.last_login_at = datetime.now(timezone.utc)
            return customer
        return None

    def change_password(self, customer: Customer, new_password: str) -> None:
        salt = os.urandom(16)
        customer.password_salt = salt.hex()
        customer.password_hash = self._digest(new_password, salt)
