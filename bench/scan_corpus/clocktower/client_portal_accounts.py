"""Client portal accounts for Clocktower Restoration.

Parishes, councils and estates log in to the portal to read the
maintenance history of the clocks we look after for them.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = PasswordPolicy()


class ClientAccount(Base):
    __tablename__ = "client_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    organisation = Column(String(255), nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))


def _derive(password: str, salt: bytes, policy: PasswordPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str) -> str:
    if len(password) < POLICY.min_length:
        raise ValueError("password must be at least %d characters" % POLICY.min_length)
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_%s$%d$%s$%s" % (
        POLICY.algorithm,
        POLICY.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    policy = PasswordPolicy(
        algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations)
    )
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class ClientAccountService:
    def __init__(self, database_url: str):
        self.engine = create_engine(database_url, future=True)

    def register(self, email: str, organisation: str, password: str) -> ClientAccount:
        account = ClientAccount(
            email=email.strip().lower(),
            organisation=organisation.strip(),
            password_hash=encode_password(password),
        )
        with Session(self.engine) as session:
            session.add(account)
            session.commit()
            session.refresh(account)
        return account

    def authenticate(self, email: str, password: str) -> ClientAccount | None:
        with Session(self.engine) as session:
            account = session.scalars(
                select(ClientAccount).where(ClientAccount.email == email.strip().lower())
            ).first()
            if account is None or not check_password(password, account.password_hash):
                return None
            return account

    def change_password(self, account_id: int, new_password: str) -> None:
        with Session(self.engine) as session:
            account = session.get(ClientAccount, account_id)
            if account is None:
                raise LookupError(f"no client account {account_id}")
            account.password_hash = encode_password(new_password)
            session.commit()
