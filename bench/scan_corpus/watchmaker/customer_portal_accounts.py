"""Customer portal accounts for the service workshop.

Owners log in to follow their repair tickets and download warranty papers.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass
class AccountService:
    database_url: str
    policy: HashingPolicy = field(default_factory=HashingPolicy)

    def __post_init__(self) -> None:
        self._engine = create_engine(self.database_url, future=True)

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )

    def _encode(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(
            [
                self.policy.algorithm,
                str(self.policy.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def register(self, email: str, password: str) -> int:
        with Session(self._engine) as session:
            account = PortalAccount(email=email.lower(), password_hash=self._encode(password))
            session.add(account)
            session.commit()
            return account.id

    def authenticate(self, email: str, password: str) -> bool:
        with Session(self._engine) as session:
            account = session.scalar(
                select(PortalAccount).where(PortalAccount.email == email.lower())
            )
        if account is None:
            return False
        algorithm, iterations, salt_b64, digest_b64 = account.password_hash.split("$")
        candidate = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
