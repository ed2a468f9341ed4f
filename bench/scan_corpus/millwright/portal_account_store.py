"""Customer portal account storage.

Accounts belong to mill owners and site managers who log in to view
service contracts, inspection reports and upcoming engineer visits.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KDF_ROUNDS = 10_000
SALT_BYTES = 16


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    customer_ref = Column(String(32), nullable=False)
    salt = Column(LargeBinary(SALT_BYTES), nullable=False)
    password_hash = Column(LargeBinary(32), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class NewAccount:
    email: str
    customer_ref: str
    password: str


def _normalise(email: str) -> str:
    return email.strip().lower()


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, KDF_ROUNDS)


def create_account(session: Session, data: NewAccount) -> PortalAccount:
    salt = os.urandom(SALT_BYTES)
    account = PortalAccount(
        email=_normalise(data.email),
        customer_ref=data.customer_ref,
        salt=salt,
        password_hash=_derive(data.password, salt),
        created_at=datetime.now(timezone.utc),
    )
    session.add(account)
    session.flush()
    return account


def check_password(session: Session, email: str, password: str) -> PortalAccount | None:
    account = (
        session.query(PortalAccount)
        .filter_by(email=_normalise(email))
        .one_or_none()
    )
    if account is None:
        return None
    candidate = _derive(password, account.salt)
    if hmac.compare_digest(candidate, account.password_hash):
        return account
    return None
