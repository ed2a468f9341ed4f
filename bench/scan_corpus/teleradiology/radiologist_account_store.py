"""Radiologist account persistence for the reading-group portal.

Accounts live in PostgreSQL and are reached through SQLAlchemy.  Password
hashes are stored in a self-describing ``pbkdf2_<alg>$<iterations>$<salt>$<hash>``
form so the parameters can be raised later without a schema change.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


DEFAULT_POLICY = HashPolicy()


class Base(DeclarativeBase):
    pass


class Radiologist(Base):
    __tablename__ = "radiologists"

    id: Mapped[int] = mapped_column(primary_key=True)
    npi: Mapped[str] = mapped_column(String(10), unique=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


class RadiologistRepository:
    """Thin data-access layer used by the worklist and credentialing services."""

    def __init__(self, session: Session, policy: HashPolicy = DEFAULT_POLICY) -> None:
        self._session = session
        self._policy = policy

    def create(self, npi: str, email: str, password: str) -> Radiologist:
        account = Radiologist(
            npi=npi,
            email=email.strip().lower(),
            password_hash=hash_password(password, self._policy),
        )
        self._session.add(account)
        self._session.flush()
        return account

    def authenticate(self, email: str, password: str) -> Radiologist | None:
        stmt = select(Radiologist).where(Radiologist.email == email.strip().lower())
        account = self._session.scalar(stmt)
        if account is None or not account.active:
            return None
        if not verify_password(password, account.password_hash):
            return None
        account.last_login = datetime.now(timezone.utc)
        return account

    def change_password(self, account: Radiologist, new_password: str) -> None:
        account.password_hash = hash_password(new_password, self._policy)
        self._session.flush()
