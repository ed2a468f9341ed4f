"""Customer portal account registration and sign-in for the workshop web shop."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.models import CustomerAccount


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class RegistrationError(ValueError):
    pass


def derive_key(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def register_customer(db: Session, email: str, full_name: str, password: str) -> CustomerAccount:
    if len(password) < POLICY.min_length:
        raise RegistrationError("Password is too short")
    existing = db.scalar(select(CustomerAccount).where(CustomerAccount.email == email.lower()))
    if existing is not None:
        raise RegistrationError("An account already exists for this address")
    salt = os.urandom(POLICY.salt_bytes)
    account = CustomerAccount(
        email=email.lower(),
        full_name=full_name.strip(),
        password_salt=salt.hex(),
        password_hash=derive_key(password, salt).hex(),
    )
    db.add(account)
    db.commit()
    return account


def authenticate(db: Session, email: str, password: str) -> CustomerAccount | None:
    account = db.scalar(select(CustomerAccount).where(CustomerAccount.email == email.lower()))
    if account is None:
        return None
    candidate = derive_key(password, bytes.fromhex(account.password_salt))
    if hmac.compare_digest(candidate.hex(), account.password_hash):
        return account
    return None
