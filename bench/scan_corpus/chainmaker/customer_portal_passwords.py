"""Password handling for the sling owners' inspection portal.

Customers log in to see which of their slings and chain assemblies are due
for thorough examination and to download past examination reports.
"""
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from chainmaker.models import PortalCustomer
from chainmaker.settings import PORTAL_SETTINGS

pwd_context = CryptContext(
    schemes=["pbkdf2_sha256"],
    deprecated="auto",
    pbkdf2_sha256__rounds=PORTAL_SETTINGS.get("pbkdf2_rounds", 600_000),
)


class PortalPasswordService:
    def __init__(self, session: Session):
        self.session = session

    def _customer(self, login: str) -> PortalCustomer | None:
        return self.session.scalar(
            select(PortalCustomer).where(PortalCustomer.login == login.strip().lower())
        )

    def change_password(self, customer: PortalCustomer, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        customer.password_hash = pwd_context.hash(new_password)
        self.session.add(customer)

    def authenticate(self, login: str, password: str) -> PortalCustomer | None:
        customer = self._customer(login)
        if customer is None:
            pwd_context.dummy_verify()
            return None
        ok, new_hash = pwd_context.verify_and_update(password, customer.password_hash)
        if not ok:
            return None
        if new_hash:
            customer.password_hash = new_hash
            self.session.add(customer)
        return customer
