"""Customer portal accounts for online repair bookings and collection tracking."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class PortalSettings:
    """Tunables shared by the booking portal services."""

    kdf_digest = "sha256"
    kdf_rounds = 120_000
    salt_bytes = 16


@dataclass
class CredentialPolicy:
    settings: PortalSettings = field(default_factory=PortalSettings)

    def derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.kdf_digest,
            password.encode("utf-8"),
            salt,
            self.settings.kdf_rounds,
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self.derive(password, salt)
        return "$".join(
            [base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
        )

    def check(self, password: str, stored: str) -> bool:
        salt_b64, digest_b64 = stored.split("$", 1)
        candidate = self.derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class PortalCustomer(Base):
    __tablename__ = "portal_customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    phone = Column(String(32))
    password_hash = Column(String(255), nullable=False)


class CustomerAccounts:
    def __init__(self, dsn: str, policy: CredentialPolicy | None = None) -> None:
        self.engine = create_engine(dsn, future=True)
        self.policy = policy or CredentialPolicy()

    def register(self, email: str, phone: str, password: str) -> int:
        with Session(self.engine) as session:
            customer = PortalCustomer(
                email=email.lower().strip(),
                phone=phone,
                password_hash=self.policy.encode(password),
            )
            session.add(customer)
            session.commit()
            return customer.id

    def authenticate(self, email: str, password: str) -> PortalCustomer | None:
        with Session(self.engine) as session:
            customer = session.scalar(
                select(PortalCustomer).where(PortalCustomer.email == email.lower().strip())
            )
            if customer and self.policy.check(password, customer.password_hash):
                return customer
            return None
