"""Guest account storage for the farm-stay booking site.

Guests create an account when they book one of the cottages so they can see
upcoming stays, download invoices and leave a review after checkout.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shepherd.farmstay.models import GuestAccount


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class GuestAccountStore:
    def __init__(self, session: Session, policy: HashingPolicy = DEFAULT_POLICY) -> None:
        self.session = session
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.algorithm, password.encode("utf-8"), salt, self.policy.iterations)

    def _find(self, email: str) -> GuestAccount | None:
        return self.session.scalar(
            select(GuestAccount).where(GuestAccount.email == email.strip().lower())
        )

    def register(self, email: str, password: str, full_name: str) -> GuestAccount:
        if self._find(email) is not None:
            raise ValueError("an account with that email already exists")
        salt = os.urandom(self.policy.salt_bytes)
        account = GuestAccount(
            email=email.strip().lower(),
            full_name=full_name.strip(),
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.session.add(account)
        self.session.flush()
        return account

    def authenticate(self, email: str, password: str) -> GuestAccount | None:
        account = self._find(email)
        if account is None:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if hmac.compare_digest(candidate.hex(), account.password_hash):
            return account
        return None

    def change_password(self, account: GuestAccount, new_password: str) -> None:
        salt = os.urandom(self.policy.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(new_password, salt).hex()
        self.session.flush()
