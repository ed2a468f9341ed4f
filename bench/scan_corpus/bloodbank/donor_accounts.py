"""Donor portal account storage helpers.

Accounts are created the first time a donor logs into the web portal with
the donor number printed on their card.
"""
from __future__ import annotations

import hashlib as hl
import os
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bloodbank.models import DonorAccount

SALT_BYTES = 16


@dataclass
class Credentials:
    email: str
    password: str


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def create_account(db: Session, donor_id: int, creds: Credentials) -> DonorAccount:
    salt = os.urandom(SALT_BYTES)
    account = DonorAccount(
        donor_id=donor_id,
        email=creds.email.strip().lower(),
        password_salt=salt.hex(),
        password_hash=_digest(creds.password, salt),
    )
    db.add(account)
    db.flush()
    return account


def check_login(db: Session, creds: Credentials) -> DonorAccount | None:
    stmt = select(DonorAccount).where(DonorAccount.email == creds.email.strip().lower())
    account = db.scalars(stmt).first()
    if account is None or account.locked:
        return None
    candidate = _digest(creds.password, bytes.fromhex(account.password_salt))
    if secrets.compare_digest(candidate, account.password_hash):
        return account
    return None
