"""Staff account registry for store employees.

Creates and authenticates the accounts used by counter staff and bench
technicians to log into the repair ticket back office.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class KeyDerivationSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    extra: dict = field(default_factory=dict)


KDF = KeyDerivationSettings()


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id = Column(Integer, primary_key=True)
    store_code = Column(String(8), nullable=False)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(32), default="counter")
    salt = Column(LargeBinary(32), nullable=False)
    password_digest = Column(LargeBinary(64), nullable=False)


def _derive(password: str, salt: bytes, settings: KeyDerivationSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
    )


class StaffAccountRegistry:
    def __init__(self, session: Session):
        self.session = session

    def register(self, store_code: str, username: str, password: str, role: str = "counter") -> StaffAccount:
        salt = os.urandom(KDF.salt_bytes)
        account = StaffAccount(
            store_code=store_code,
            username=username.lower(),
            role=role,
            salt=salt,
            password_digest=_derive(password, salt),
        )
        self.session.add(account)
        self.session.commit()
        return account

    def authenticate(self, username: str, password: str) -> StaffAccount | None:
        account = (
            self.session.query(StaffAccount)
            .filter(StaffAccount.username == username.lower())
            .one_or_none()
        )
        if account is None:
            return None
        candidate = _derive(password, account.salt)
        if hmac.compare_digest(candidate, account.password_digest):
            return account
        return None
