"""Registration and sign-in for trade customers of the gold leaf portal.

Trade accounts (framers, gilders, restorers) register here before they can
see wholesale pricing for loose leaf, transfer leaf and shell gold.
"""
import hashlib
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from goldbeater.models import TradeAccount


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = CredentialPolicy()


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{POLICY.algorithm}${POLICY.iterations}${salt.hex()}${digest.hex()}"


def register_trade_account(session: Session, company: str, email: str, password: str) -> TradeAccount:
    account = TradeAccount(
        company_name=company.strip(),
        email=email.strip().lower(),
        password_hash=encode_password(password),
        price_band="trade_standard",
    )
    session.add(account)
    session.commit()
    return account


def find_account(session: Session, email: str) -> TradeAccount | None:
    stmt = select(TradeAccount).where(TradeAccount.email == email.strip().lower())
    return session.execute(stmt).scalar_one_or_none()
