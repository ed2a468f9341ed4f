"""Accounts for marine insurers' loss adjusters on the survey-sharing portal.

Adjusters log in to download hull survey reports for boats they cover.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from shipwright.models import AdjusterAccount

ARGON2_PARAMS = {
    "time_cost": 3,
    "memory_cost": 64 * 1024,
    "parallelism": 4,
    "hash_len": 32,
    "salt_len": 16,
}


class AdjusterDirectory:
    def __init__(self, session: Session, params: dict = ARGON2_PARAMS) -> None:
        self.session = session
        self.hasher = PasswordHasher(**params)

    def create(self, insurer_id: int, email: str, password: str) -> AdjusterAccount:
        account = AdjusterAccount(
            insurer_id=insurer_id,
            email=email.lower(),
            password_hash=self.hasher.hash(password),
        )
        self.session.add(account)
        return account

    def login(self, email: str, password: str) -> AdjusterAccount | None:
        account = self.session.scalar(
            select(AdjusterAccount).where(AdjusterAccount.email == email.lower())
        )
        if account is None or not account.active:
            return None
        try:
            self.hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(account.password_hash):
            account.password_hash = self.hasher.hash(password)
        return account
