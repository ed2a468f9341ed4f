"""Self-service registration for distributor portal accounts.

Distributors request access to lot certificates and order status; a QA
administrator approves the request before the account is activated.
"""
from dataclasses import dataclass, field
from datetime import datetime, timezone

from passlib.hash import pbkdf2_sha256
from sqlalchemy import select
from sqlalchemy.orm import Session

from needlemaker.portal.models import DistributorAccount
from needlemaker.portal.errors import RegistrationError


@dataclass(frozen=True)
class CredentialPolicy:
    min_length: int = 12
    hash_rounds: int = 29000
    blocked_words: tuple = field(default=("needle", "password", "welcome"))


POLICY = CredentialPolicy()


def _check_strength(password: str, policy: CredentialPolicy) -> None:
    if len(password) < policy.min_length:
        raise RegistrationError("Password is too short")
    lowered = password.lower()
    if any(word in lowered for word in policy.blocked_words):
        raise RegistrationError("Password contains a common word")


def _encode_password(password: str, policy: CredentialPolicy = POLICY) -> str:
    hasher = pbkdf2_sha256.using(rounds=policy.hash_rounds)
    return hasher.hash(password)


def register_distributor(session: Session, company: str, email: str, password: str) -> DistributorAccount:
    existing = session.execute(
        select(DistributorAccount).where(DistributorAccount.email == email.lower())
    ).scalar_one_or_none()
    if existing is not None:
        raise RegistrationError("An account with this email already exists")

    _check_strength(password, POLICY)
    account = DistributorAccount(
        company=company.strip(),
        email=email.lower(),
        password_hash=_encode_password(password),
        status="pending_approval",
        requested_at=datetime.now(timezone.utc),
    )
    session.add(account)
    session.commit()
    return account


def verify_distributor_login(account: DistributorAccount, password: str) -> bool:
    if account.status != "active":
        return False
    return pbkdf2_sha256.verify(password, account.password_hash)
