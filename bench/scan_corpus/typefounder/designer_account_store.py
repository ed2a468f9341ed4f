"""Persistence and credential handling for foundry designer accounts."""

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from typefounder.models import DesignerAccount


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


CREDENTIALS = CredentialSettings()


class DesignerAccountStore:
    """Creates designer accounts and checks their portal passwords."""

    def __init__(self, session: Session, settings: CredentialSettings = CREDENTIALS):
        self.session = session
        self.settings = settings

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )

    def create(self, email: str, display_name: str, password: str) -> DesignerAccount:
        salt = os.urandom(self.settings.salt_bytes)
        account = DesignerAccount(
            email=email.strip().lower(),
            display_name=display_name,
            password_salt=salt.hex(),
            password_hash=self._derive(password, salt).hex(),
        )
        self.session.add(account)
        self.session.flush()
        return account

    def authenticate(self, email: str, password: str) -> DesignerAccount | None:
        account = self.session.scalar(
            select(DesignerAccount).where(DesignerAccount.email == email.strip().lower())
        )
        if account is None or not account.is_active:
            return None
        candidate = self._derive(password, bytes.fromhex(account.password_salt))
        if not hmac.compare_digest(candidate.hex(), account.password_hash):
            return None
        return account

    def change_password(self, account: DesignerAccount, new_password: str) -> None:
        salt = os.urandom(self.settings.salt_bytes)
        account.password_salt = salt.hex()
        account.password_hash = self._derive(new_password, salt).hex()
        self.session.flush()
