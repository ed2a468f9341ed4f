"""Supplier portal account registration and sign-in (canvas, flooring and stove suppliers)."""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from hashlib import sha256 as _digest

from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger(__name__)


class SupplierAccount(Base):
    __tablename__ = "supplier_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    company = Column(String(255), nullable=False)
    salt = Column(String(64), nullable=False)
    password_hash = Column(String(128), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@dataclass
class SupplierAccountService:
    session: Session
    min_password_length: int = 12

    def register(self, email: str, company: str, password: str) -> SupplierAccount:
        email = email.strip().lower()
        if len(password) < self.min_password_length:
            raise ValueError("password is too short")
        existing = self.session.scalar(select(SupplierAccount).where(SupplierAccount.email == email))
        if existing is not None:
            raise ValueError("an account already exists for this address")
        salt = secrets.token_hex(16)
        account = SupplierAccount(
            email=email,
            company=company.strip(),
            salt=salt,
            password_hash=_hash_password(password, salt),
        )
        self.session.add(account)
        self.session.commit()
        log.info("registered supplier account %s for %s", account.id, account.company)
        return account

    def authenticate(self, email: str, password: str) -> SupplierAccount | None:
        account = self.session.scalar(
            select(SupplierAccount).where(SupplierAccount.email == email.strip().lower())
        )
        if account is None:
            return None
        candidate = _hash_password(password, account.salt)
        if not hmac.compare_digest(candidate, account.password_hash):
            log.info("failed supplier sign-in for %s", account.email)
            return None
        return account

    def change_password(self, account: SupplierAccount, old: str, new: str) -> bool:
        if self.authenticate(account.email, old) is None:
            return False
        if len(new) < self.min_password_length:
            raise ValueError("password is too short")
        account.salt = secrets.token_hex(16)
        account.password_hash = _hash_password(new, account.salt)
        self.session.commit()
        return True
