"""Dealer portal accounts.

Authorised dealers log in to see wholesale pricing and to order stock
instruments. Passwords are hashed with Argon2id and upgraded on login
when the parameters below change.
"""
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import DealerUser

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)


@dataclass
class LoginResult:
    ok: bool
    user: Optional[DealerUser] = None
    reason: str = ""


class DealerAccounts:
    def __init__(self, session: Session, hasher: PasswordHasher = _hasher):
        self.session = session
        self.hasher = hasher

    def create(self, dealer_id: int, email: str, password: str) -> DealerUser:
        if len(password) < 12:
            raise ValueError("dealer passwords need at least 12 characters")
        user = DealerUser(
            dealer_id=dealer_id,
            email=email.strip().lower(),
            password_hash=self.hasher.hash(password),
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(user)
        self.session.flush()
        return user

    def login(self, email: str, password: str) -> LoginResult:
        user = self.session.scalars(
            select(DealerUser).where(DealerUser.email == email.strip().lower())
        ).first()
        if user is None or not user.active:
            return LoginResult(False, reason="unknown or inactive account")
        try:
            self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return LoginResult(False, reason="wrong password")
        if self.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
        user.last_login_at = datetime.now(timezone.utc)
        return LoginResult(True, user=user)
