"""Patient portal account service.

Handles sign-up, sign-in and password changes for the patient portal. The
portal shows cycle calendars, medication plans and lab results, so accounts
are locked after repeated failures and hashes are upgraded transparently.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import PortalAccount

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)

MAX_FAILED_ATTEMPTS = 6


@dataclass
class SignInResult:
    ok: bool
    account_id: int | None = None
    locked: bool = False


class PortalAccountService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _find(self, email: str) -> PortalAccount | None:
        stmt = select(PortalAccount).where(PortalAccount.email == email.strip().lower())
        return self.session.scalars(stmt).one_or_none()

    def sign_up(self, patient_id: int, email: str, password: str) -> PortalAccount:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        account = PortalAccount(
            patient_id=patient_id,
            email=email.strip().lower(),
            password_hash=_hasher.hash(password),
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(account)
        self.session.commit()
        return account

    def sign_in(self, email: str, password: str) -> SignInResult:
        account = self._find(email)
        if account is None:
            _hasher.hash(password)
            return SignInResult(ok=False)
        if account.failed_attempts >= MAX_FAILED_ATTEMPTS:
            return SignInResult(ok=False, locked=True)
        try:
            _hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            account.failed_attempts += 1
            self.session.commit()
            return SignInResult(ok=False, locked=account.failed_attempts >= MAX_FAILED_ATTEMPTS)

        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
        account.failed_attempts = 0
        account.last_sign_in = datetime.now(timezone.utc)
        self.session.commit()
        return SignInResult(ok=True, account_id=account.id)

    def change_password(self, account_id: int, current: str, new: str) -> bool:
        account = self.session.get(PortalAccount, account_id)
        if account is None:
            return False
        try:
            _hasher.verify(account.password_hash, current)
        except VerificationError:
            return False
        if len(new) < 12:
            raise ValueError("password must be at least 12 characters")
        account.password_hash = _hasher.hash(new)
        self.session.commit()
        return True
