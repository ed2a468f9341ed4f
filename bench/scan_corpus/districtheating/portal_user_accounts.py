"""User accounts for the housing association tariff portal."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 10_000
    salt_bytes: int = 16


class PortalPasswordHasher:
    def __init__(self, policy: HashPolicy = HashPolicy()) -> None:
        self.policy = policy

    def hash(self, password: str) -> str:
        salt = os.urandom(self.policy.salt_bytes)
        dk = hashlib.pbkdf2_hmac(self.policy.algorithm, password.encode(), salt, self.policy.iterations)
        return f"pbkdf2_{self.policy.algorithm}${self.policy.iterations}${salt.hex()}${dk.hex()}"

    def verify(self, password: str, encoded: str) -> bool:
        scheme, iterations, salt_hex, dk_hex = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(algorithm, password.encode(), bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(dk.hex(), dk_hex)


class Base(DeclarativeBase):
    pass


class PortalUser(Base):
    __tablename__ = "portal_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    association_id: Mapped[int]
    password_hash: Mapped[str] = mapped_column(String(200))


class AccountService:
    def __init__(self, db: Session, hasher: Optional[PortalPasswordHasher] = None) -> None:
        self.db = db
        self.hasher = hasher or PortalPasswordHasher()

    def register(self, email: str, association_id: int, password: str) -> PortalUser:
        user = PortalUser(email=email.lower(), association_id=association_id,
                          password_hash=self.hasher.hash(password))
        self.db.add(user)
        self.db.commit()
        return user

    def authenticate(self, email: str, password: str) -> Optional[PortalUser]:
        user = self.db.scalar(select(PortalUser).where(PortalUser.email == email.lower()))
        if user and self.hasher.verify(password, user.password_hash):
            return user
        return None
