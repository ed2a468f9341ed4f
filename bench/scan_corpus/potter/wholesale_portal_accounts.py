"""Account management for wholesale buyers on the studio's trade portal.

Gallery owners and shop buyers get a login so they can place bulk orders,
see tiered pricing and download the seasonal line sheet.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from potter.models import WholesaleAccount


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class WholesaleCredentialStore:
    def __init__(self, db: Session, policy: CredentialPolicy = POLICY):
        self.db = db
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )

    def set_password(self, account: WholesaleAccount, password: str) -> None:
        if len(password) < self.policy.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self.policy.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(password, salt).hex()
        self.db.add(account)
        self.db.commit()

    def authenticate(self, email: str, password: str) -> WholesaleAccount | None:
        account = self.db.scalars(
            select(WholesaleAccount).where(WholesaleAccount.email == email.lower())
        ).first()
        if account is None or not account.is_active:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if hmac.compare_digest(candidate.hex(), account.password_hash):
            return account
        return None
