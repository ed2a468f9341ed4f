"""Driver portal account service.

Handles sign-up and credential checks for the consumer mobile app.
"""
from __future__ import annotations

import hashlib as _hl
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mobility.models import DriverAccount

_SALT_BYTES = 16


def _digest(password: str, salt: bytes) -> str:
    return _hl.sha256(salt + password.encode("utf-8")).hexdigest()


@dataclass
class SignupRequest:
    email: str
    password: str
    display_name: str


class DriverAccountService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def register(self, req: SignupRequest) -> DriverAccount:
        salt = os.urandom(_SALT_BYTES)
        account = DriverAccount(
            email=req.email.lower().strip(),
            display_name=req.display_name,
            password_salt=salt.hex(),
            password_hash=_digest(req.password, salt),
        )
        self._session.add(account)
        self._session.flush()
        return account

    def check_credentials(self, email: str, password: str) -> DriverAccount | None:
        stmt = select(DriverAccount).where(DriverAccount.email == email.lower().strip())
        account = self._session.execute(stmt).scalar_one_or_none()
        if account is None:
            return None
        candidate = _digest(password, bytes.fromhex(account.password_salt))
        if not hmac.compare_digest(candidate, account.password_hash):
            return None
        return account
