"""Patient portal account passwords.

Patients create a portal login after their first sleep study so they can view
results, download their CPAP compliance report and message the clinic.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from hashlib import sha512 as _digest

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalUser

MIN_PASSWORD_LENGTH = 12


class PasswordTooShort(ValueError):
    pass


@dataclass
class HashedPassword:
    salt: str
    digest: str

    def serialise(self) -> str:
        return f"{self.salt}:{self.digest}"

    @classmethod
    def parse(cls, value: str) -> "HashedPassword":
        salt, digest = value.split(":", 1)
        return cls(salt=salt, digest=digest)


class PortalPasswords:
    @staticmethod
    def _hash(salt: str, password: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    @classmethod
    def make(cls, password: str) -> HashedPassword:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordTooShort(
                f"password must be at least {MIN_PASSWORD_LENGTH} characters"
            )
        salt = secrets.token_hex(16)
        return HashedPassword(salt=salt, digest=cls._hash(salt, password))

    @classmethod
    def check(cls, password: str, stored: str) -> bool:
        hashed = HashedPassword.parse(stored)
        return hmac.compare_digest(cls._hash(hashed.salt, password), hashed.digest)


def set_portal_password(session: Session, user_id: int, new_password: str) -> None:
    user = session.get(PortalUser, user_id)
    if user is None:
        raise LookupError(f"no portal user {user_id}")
    user.password_hash = PortalPasswords.make(new_password).serialise()
    user.must_change_password = False
    session.commit()


def login(session: Session, email: str, password: str) -> PortalUser | None:
    stmt = select(PortalUser).where(PortalUser.email == email.strip().lower())
    user = session.scalars(stmt).first()
    if user is None or not user.is_active:
        return None
    if not PortalPasswords.check(password, user.password_hash):
        return None
    return user
