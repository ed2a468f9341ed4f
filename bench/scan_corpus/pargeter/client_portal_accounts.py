"""Client portal account management for homeowners and conservation officers.

Handles registration, credential checks and password changes for the
pargeting client portal. Accounts live in the ``portal_accounts`` table.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pargeter.models import PortalAccount


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16


class PortalAccountService:
    def __init__(self, db: Session, policy: HashingPolicy | None = None) -> None:
        self.db = db
        self.policy = policy or HashingPolicy()

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm,
            password.encode("utf-8"),
            salt,
            self.policy.iterations,
        )

    def register(self, email: str, password: str, display_name: str) -> PortalAccount:
        salt = os.urandom(self.policy.salt_bytes)
        account = PortalAccount(
            email=email.strip().lower(),
            display_name=display_name,
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.db.add(account)
        self.db.commit()
        return account

    def authenticate(self, email: str, password: str) -> PortalAccount | None:
        account = self.db.scalar(
            select(PortalAccount).where(PortalAccount.email == email.strip().lower())
        )
        if account is None:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if hmac.compare_digest(candidate.hex(), account.password_hash):
            return account
        return None

    def change_password(self, account: PortalAccount, new_password: str) -> None:
        salt = os.urandom(self.policy.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(new_password, salt).hex()
        self.db.commit()
