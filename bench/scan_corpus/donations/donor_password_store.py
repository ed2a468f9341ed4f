"""Password storage for the donor self-service portal.

Donors log in to update their Direct Debit details, download annual
giving statements and manage their Gift Aid declaration.
"""

import hashlib as hl
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import DonorAccount

SALT_BYTES = 16


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def set_password(session: Session, account: DonorAccount, password: str) -> None:
    salt = secrets.token_bytes(SALT_BYTES)
    account.password_salt = salt.hex()
    account.password_hash = _digest(password, salt)
    session.add(account)
    session.commit()


def check_password(session: Session, email: str, password: str) -> DonorAccount | None:
    account = session.execute(
        select(DonorAccount).where(DonorAccount.email == email.lower())
    ).scalar_one_or_none()
    if account is None or not account.password_hash:
        return None
    actual = _digest(password, bytes.fromhex(account.password_salt))
    if hmac.compare_digest(account.password_hash, actual):
        return account
    return None
