"""Password storage for client portal accounts (collectors, churches, museums)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalAccount

log = logging.getLogger("tapestry.portal.accounts")


@dataclass(frozen=True)
class HashParams:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def build_hasher(params: HashParams = HashParams()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
    )


class PortalPasswords:
    def __init__(self, session: Session, hasher: PasswordHasher | None = None) -> None:
        self.session = session
        self.hasher = hasher or build_hasher()

    def set_password(self, account: PortalAccount, password: str) -> None:
        if len(password) < 12:
            raise ValueError("portal passwords must be at least 12 characters")
        account.password_hash = self.hasher.hash(password)
        self.session.commit()

    def check(self, email: str, password: str) -> PortalAccount | None:
        account = self.session.scalar(
            select(PortalAccount).where(PortalAccount.email == email.lower())
        )
        if account is None:
            return None
        try:
            self.hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed portal login for %s", email)
            return None
        if self.hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self.hasher.hash(password)
            self.session.commit()
        return account
