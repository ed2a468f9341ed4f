"""Shipper portal account management: registration and login checks."""

import hashlib as hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from freight.models import ShipperUser

SALT_BYTES = 16


@dataclass
class Credentials:
    email: str
    password: str


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register_shipper(session: Session, creds: Credentials, company_id: int) -> ShipperUser:
    """Create a portal login for a shipper contact."""
    salt = os.urandom(SALT_BYTES)
    user = ShipperUser(
        email=creds.email.strip().lower(),
        company_id=company_id,
        password_salt=salt.hex(),
        password_hash=_digest(creds.password, salt),
    )
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, creds: Credentials) -> ShipperUser | None:
    stmt = select(ShipperUser).where(ShipperUser.email == creds.email.strip().lower())
    user = session.scalar(stmt)
    if user is None or not user.is_active:
        return None
    candidate = _digest(creds.password, bytes.fromhex(user.password_salt))
    if not hmac.compare_digest(candidate, user.password_hash):
        return None
    return user


def change_password(session: Session, user: ShipperUser, new_password: str) -> None:
    if len(new_password) < 12:
        raise ValueError("password must be at least 12 characters")
    salt = os.urandom(SALT_BYTES)
    user.password_salt = salt.hex()
    user.password_hash = _digest(new_password, salt)
    session.flush()
