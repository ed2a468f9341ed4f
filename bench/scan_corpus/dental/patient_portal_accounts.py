"""Account management for the patient self-service portal.

Patients register with their e-mail address and a password; the portal is
used for viewing upcoming appointments and signing consent forms.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import PatientAccount


@dataclass
class PasswordPolicy:
    min_length: int = 10
    hash_name: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


@dataclass
class PortalAccountService:
    db: Session
    policy: PasswordPolicy = field(default_factory=PasswordPolicy)

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self.policy.hash_name, password.encode("utf-8"), salt, self.policy.iterations)

    def register(self, email: str, password: str) -> PatientAccount:
        if len(password) < self.policy.min_length:
            raise ValueError("password too short")
        salt = os.urandom(self.policy.salt_bytes)
        account = PatientAccount(
            email=email.strip().lower(),
            password_salt=salt,
            password_hash=self._derive(password, salt),
            created_at=datetime.now(timezone.utc),
        )
        self.db.add(account)
        self.db.commit()
        return account

    def authenticate(self, email: str, password: str) -> PatientAccount | None:
        stmt = select(PatientAccount).where(PatientAccount.email == email.strip().lower())
        account = self.db.scalars(stmt).first()
        if account is None:
            return None
        candidate = self._derive(password, account.password_salt)
        if hmac.compare_digest(candidate, account.password_hash):
            return account
        return None
