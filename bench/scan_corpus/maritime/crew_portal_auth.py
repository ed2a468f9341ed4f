"""Credential handling for the crew portal (shore leave requests, certificate uploads)."""
import hashlib as hl
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from crewportal.models import CrewAccount

DIGEST_NAME = "sha256"
SALT_BYTES = 16


def _derive(password: str, salt: bytes) -> bytes:
    h = hl.new(DIGEST_NAME)
    h.update(salt + password.encode("utf-8"))
    return h.digest()


def set_password(account: CrewAccount, password: str) -> None:
    salt = os.urandom(SALT_BYTES)
    account.password_salt = salt
    account.password_hash = _derive(password, salt)


def authenticate(session: Session, seafarer_id: str, password: str) -> CrewAccount | None:
    account = session.scalars(
        select(CrewAccount).where(CrewAccount.seafarer_id == seafarer_id)
    ).first()
    if account is None or not account.active:
        return None
    candidate = _derive(password, account.password_salt)
    if not hmac.compare_digest(candidate, account.password_hash):
        return None
    return account
