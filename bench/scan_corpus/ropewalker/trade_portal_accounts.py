"""Account registration and credential checks for the trade customer portal."""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropewalker.portal.models import TradeAccount


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


def _derive(password: str, salt: bytes, policy: CredentialPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str) -> str:
    if len(password) < POLICY.min_length:
        raise ValueError("password too short")
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{POLICY.algorithm}${POLICY.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_hex, digest_hex = encoded.split("$")
    policy = CredentialPolicy(iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), policy)
    return hmac.compare_digest(candidate.hex(), digest_hex)


def register_account(session: Session, company: str, email: str, password: str) -> TradeAccount:
    existing = session.scalar(select(TradeAccount).where(TradeAccount.email == email.lower()))
    if existing is not None:
        raise ValueError("an account with this email already exists")
    account = TradeAccount(
        company_name=company.strip(),
        email=email.lower(),
        password_hash=encode_password(password),
    )
    session.add(account)
    session.flush()
    return account


def authenticate(session: Session, email: str, password: str) -> TradeAccount | None:
    account = session.scalar(select(TradeAccount).where(TradeAccount.email == email.lower()))
    if account is None or not account.is_active:
        return None
    if not check_password(password, account.password_hash):
        return None
    return account
