"""Password hashing for the scoring workstation's staff accounts.

Uses Argon2id with parameters reviewed by the clinic's security officer.
Hashes created with older parameters are transparently upgraded on the next
successful login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import StaffAccount

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


def build_hasher(params: Argon2Params = Argon2Params()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=params.hash_len,
        salt_len=params.salt_len,
    )


class StaffPasswordService:
    def __init__(self, session: Session, hasher: PasswordHasher | None = None) -> None:
        self.session = session
        self.hasher = hasher or build_hasher()

    def set_password(self, account: StaffAccount, password: str) -> None:
        account.password_hash = self.hasher.hash(password)
        self.session.commit()

    def login(self, username: str, password: str) -> StaffAccount | None:
        account = self.session.scalars(
            select(StaffAccount).where(StaffAccount.username == username)
        ).first()
        if account is None or not account.active:
            return None
        try:
            self.hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed scoring-station login for %s", username)
            return None
        if self.hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self.hasher.hash(password)
            self.session.commit()
        return account
