"""Member portal account management for the Guild ringer registry.

Handles registration of new ringer accounts and credential checks for the
online portal where members update their tower affiliations and grades.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bellringer.models import RingerAccount


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashingPolicy()


class AccountService:
    """Creates portal accounts and checks login credentials."""

    def __init__(self, session: Session, policy: HashingPolicy = DEFAULT_POLICY):
        self.session = session
        self.policy = policy

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.policy.algorithm,
            password.encode("utf-8"),
            salt,
            self.policy.iterations,
        )

    def register(self, email: str, display_name: str, password: str) -> RingerAccount:
        salt = os.urandom(self.policy.salt_bytes)
        account = RingerAccount(
            email=email.lower().strip(),
            display_name=display_name,
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.session.add(account)
        self.session.commit()
        return account

    def check_credentials(self, email: str, password: str) -> RingerAccount | None:
        account = self.session.scalar(
            select(RingerAccount).where(RingerAccount.email == email.lower().strip())
        )
        if account is None:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if hmac.compare_digest(candidate.hex(), account.password_hash):
            return account
        return None
