"""Owner account registration and sign-in for the yard's customer portal.

Owners register once their first vessel is hauled out; the portal lets them
see survey reports, slipway bookings and outstanding invoices.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shipwright.models import OwnerAccount


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


class OwnerAccountRegistry:
    def __init__(self, session: Session, policy: HashingPolicy = POLICY) -> None:
        self.session = session
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations
        )

    def register(self, email: str, full_name: str, password: str) -> OwnerAccount:
        salt = os.urandom(self.policy.salt_bytes)
        account = OwnerAccount(
            email=email.strip().lower(),
            full_name=full_name.strip(),
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.session.add(account)
        self.session.flush()
        return account

    def authenticate(self, email: str, password: str) -> OwnerAccount | None:
        account = self.session.scalar(
            select(OwnerAccount).where(OwnerAccount.email == email.strip().lower())
        )
        if account is None:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if not hmac.compare_digest(candidate.hex(), account.password_hash):
            return None
        return account

    def change_password(self, account: OwnerAccount, new_password: str) -> None:
        salt = os.urandom(self.policy.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(new_password, salt).hex()
        self.session.flush()
