"""Password storage for customer self-service accounts on the hire portal."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelchairhire.models import CustomerAccount


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class AccountPasswordService:
    """Sets and checks portal passwords for hire customers and carers."""

    def __init__(self, db: Session, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self.db = db
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )

    def set_password(self, account: CustomerAccount, password: str) -> None:
        if len(password) < 10:
            raise ValueError("Password must be at least 10 characters")
        salt = os.urandom(self.policy.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(password, salt).hex()
        self.db.add(account)
        self.db.commit()

    def verify(self, email: str, password: str) -> CustomerAccount | None:
        account = self.db.scalars(
            select(CustomerAccount).where(CustomerAccount.email == email.strip().lower())
        ).first()
        if account is None or not account.password_salt:
            return None
        salt = bytes.fromhex(account.password_salt)
        candidate = self._derive(password, salt).hex()
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        return None
