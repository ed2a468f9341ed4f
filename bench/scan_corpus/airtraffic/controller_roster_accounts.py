"""Login credentials for controllers using the rostering system."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class RosterAuthSettings:
    """Tunables for the roster login service."""

    kdf_name = "sha256"
    kdf_iterations = 10_000
    salt_bytes = 16


@dataclass
class RosterConfig:
    unit: str = "ACC-NORTH"
    auth: RosterAuthSettings = field(default_factory=RosterAuthSettings)


class ControllerAccount(Base):
    __tablename__ = "controller_accounts"

    id = Column(Integer, primary_key=True)
    licence_number = Column(String(32), unique=True, nullable=False)
    salt = Column(LargeBinary(32), nullable=False)
    password_hash = Column(LargeBinary(64), nullable=False)


class CredentialService:
    """Creates and checks controller logins for the rostering portal."""

    def __init__(self, session: Session, config: Optional[RosterConfig] = None) -> None:
        self.session = session
        self.config = config or RosterConfig()

    def _derive(self, password: str, salt: bytes) -> bytes:
        auth = self.config.auth
        return hashlib.pbkdf2_hmac(auth.kdf_name, password.encode("utf-8"), salt, auth.kdf_iterations)

    def enrol(self, licence_number: str, password: str) -> ControllerAccount:
        salt = os.urandom(self.config.auth.salt_bytes)
        account = ControllerAccount(
            licence_number=licence_number,
            salt=salt,
            password_hash=self._derive(password, salt),
        )
        self.session.add(account)
        self.session.commit()
        return account

    def check(self, licence_number: str, password: str) -> bool:
        account = (
            self.session.query(ControllerAccount)
            .filter_by(licence_number=licence_number)
            .one_or_none()
        )
        if account is None:
            return False
        return hmac.compare_digest(account.password_hash, self._derive(password, account.salt))
