"""Account storage for the wholesale buyer portal.

Buyers (processors, exporters, retail chains) log in to see harvest
availability and place reservations on upcoming salmon batches.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


POLICY = HashPolicy()


class BuyerAccount(Base):
    __tablename__ = "buyer_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    company = Column(String(255), nullable=False)
    password_hash = Column(String(512), nullable=False)


def _derive(password: str, salt: bytes, policy: HashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{POLICY.algorithm}${POLICY.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = stored.split("$")
    policy = HashPolicy(algorithm=scheme.split("_", 1)[1], iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), policy)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def register_buyer(session: Session, email: str, company: str, password: str) -> BuyerAccount:
    account = BuyerAccount(
        email=email.strip().lower(),
        company=company.strip(),
        password_hash=encode_password(password),
    )
    session.add(account)
    session.commit()
    return account


def authenticate(session: Session, email: str, password: str) -> Optional[BuyerAccount]:
    stmt = select(BuyerAccount).where(BuyerAccount.email == email.strip().lower())
    account = session.execute(stmt).scalar_one_or_none()
    if account is None:
        return None
    return account if check_password(password, account.password_hash) else None
