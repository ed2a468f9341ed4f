"""Password storage for studio member accounts used by the parent portal and front desk."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class MemberLogin(Base):
    __tablename__ = "member_logins"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass(frozen=True)
class HashingProfile:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class PasswordEncoder:
    profile = HashingProfile()

    @classmethod
    def derive(cls, password: str, salt: bytes, iterations: Optional[int] = None) -> bytes:
        rounds = iterations or cls.profile.iterations
        return hashlib.pbkdf2_hmac(cls.profile.algorithm, password.encode("utf-8"), salt, rounds)

    @classmethod
    def encode(cls, password: str) -> str:
        salt = os.urandom(cls.profile.salt_bytes)
        digest = cls.derive(password, salt)
        return f"pbkdf2_{cls.profile.algorithm}${cls.profile.iterations}${_b64(salt)}${_b64(digest)}"

    @classmethod
    def matches(cls, password: str, encoded: str) -> bool:
        _, rounds, salt_b64, digest_b64 = encoded.split("$")
        candidate = cls.derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class MemberLoginStore:
    """Thin repository over the member_logins table."""

    def __init__(self, session: Session, encoder: type[PasswordEncoder] = PasswordEncoder) -> None:
        self._session = session
        self._encoder = encoder

    def register(self, email: str, password: str) -> MemberLogin:
        login = MemberLogin(email=email.lower().strip(), password_hash=self._encoder.encode(password))
        self._session.add(login)
        self._session.commit()
        return login

    def authenticate(self, email: str, password: str) -> Optional[MemberLogin]:
        stmt = select(MemberLogin).where(MemberLogin.email == email.lower().strip())
        login = self._session.scalars(stmt).first()
        if login is None:
            return None
        return login if self._encoder.matches(password, login.password_hash) else None

    def change_password(self, login: MemberLogin, new_password: str) -> None:
        login.password_hash = self._encoder.encode(new_password)
        self._session.commit()
