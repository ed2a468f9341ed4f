"""Account store for the supplier portal used by stave mills and forest partners."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass(frozen=True)
class HashingPolicy:
    digest: str = "sha256"
    rounds: int = 25_000
    salt_bytes: int = 16


class PortalSettings:
    """Portal-wide settings; components read their policy through this object."""

    def __init__(self) -> None:
        self.hashing = HashingPolicy()
        self.lockout_after = 5


@dataclass
class SupplierAccount:
    supplier_code: str
    email: str
    password_hash: bytes
    salt: bytes
    failed_attempts: int = 0


class SupplierAccountStore:
    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings
        self._accounts: Dict[str, SupplierAccount] = {}

    def _derive(self, password: str, salt: bytes) -> bytes:
        policy = self._settings.hashing
        return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, policy.rounds)

    def register(self, supplier_code: str, email: str, password: str) -> SupplierAccount:
        salt = os.urandom(self._settings.hashing.salt_bytes)
        account = SupplierAccount(
            supplier_code=supplier_code,
            email=email.lower(),
            password_hash=self._derive(password, salt),
            salt=salt,
        )
        self._accounts[account.email] = account
        return account

    def authenticate(self, email: str, password: str) -> Optional[SupplierAccount]:
        account = self._accounts.get(email.lower())
        if account is None:
            return None
        if account.failed_attempts >= self._settings.lockout_after:
            return None
        candidate = self._derive(password, account.salt)
        if hmac.compare_digest(candidate, account.password_hash):
            account.failed_attempts = 0
            return account
        account.failed_attempts += 1
        return None

    def change_password(self, email: str, old: str, new: str) -> bool:
        account = self.authenticate(email, old)
        if account is None:
            return False
        account.salt = os.urandom(self._settings.hashing.salt_bytes)
        account.password_hash = self._derive(new, account.salt)
        return True
