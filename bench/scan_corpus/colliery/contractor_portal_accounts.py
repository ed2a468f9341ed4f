"""Account registration and sign-in for the contractor portal.

External contractors (electricians, roof-bolting crews, belt maintenance
firms) log in to upload induction records and view their site access windows.
"""
import logging
from datetime import datetime, timezone

from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from colliery.models import ContractorAccount

log = logging.getLogger(__name__)

HASHING = {
    "schemes": ["pbkdf2_sha256"],
    "deprecated": "auto",
    "pbkdf2_sha256__default_rounds": 29000,
}

pwd_context = CryptContext(**HASHING)


class RegistrationError(Exception):
    pass


def register(session: Session, email: str, company: str, password: str) -> ContractorAccount:
    email = email.strip().lower()
    if len(password) < 12:
        raise RegistrationError("password must be at least 12 characters")
    existing = session.scalar(select(ContractorAccount).where(ContractorAccount.email == email))
    if existing is not None:
        raise RegistrationError("an account already exists for this address")
    account = ContractorAccount(
        email=email,
        company=company,
        password_hash=pwd_context.hash(password),
        created_at=datetime.now(timezone.utc),
    )
    session.add(account)
    session.commit()
    log.info("contractor account created for %s (%s)", email, company)
    return account


def authenticate(session: Session, email: str, password: str) -> ContractorAccount | None:
    account = session.scalar(
        select(ContractorAccount).where(ContractorAccount.email == email.strip().lower())
    )
    if account is None or not account.active:
        return None
    valid, new_hash = pwd_context.verify_and_update(password, account.password_hash)
    if not valid:
        return None
    if new_hash:
        account.password_hash = new_hash
    account.last_login_at = datetime.now(timezone.utc)
    session.commit()
    return account
