"""Driver account management for the courier mobile app backend.

Drivers sign in with their employee number and the password they chose
during onboarding at the depot. Dispatchers can reset it from the console.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Driver

_DIGEST = "sha256"
_SALT_BYTES = 16


@dataclass
class Credentials:
    employee_no: str
    password: str


def _hash_password(password: str, salt: bytes) -> str:
    h = hashlib.new(_DIGEST, salt + password.encode("utf-8"))
    return h.hexdigest()


def set_password(session: Session, driver: Driver, password: str) -> None:
    """Store a new password for ``driver``; the caller commits."""
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(_SALT_BYTES)
    driver.password_salt = salt.hex()
    driver.password_hash = _hash_password(password, salt)
    driver.must_change_password = False
    session.add(driver)


def authenticate(session: Session, creds: Credentials) -> Optional[Driver]:
    driver = session.scalars(
        select(Driver).where(Driver.employee_no == creds.employee_no)
    ).first()
    if driver is None or not driver.active:
        return None
    candidate = _hash_password(creds.password, bytes.fromhex(driver.password_salt))
    if hmac.compare_digest(candidate, driver.password_hash):
        return driver
    return None
