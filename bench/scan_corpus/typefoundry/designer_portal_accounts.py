"""Account management for the designer portal (royalty statements, font uploads)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


class Designer(Base):
    __tablename__ = "designers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


def _derive(password: str, salt: bytes, settings: HashSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def hash_password(password: str, settings: HashSettings = HASH_SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    digest = _derive(password, salt, settings)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    algorithm = scheme.split("_", 1)[1]
    settings = HashSettings(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class DesignerAccounts:
    """Creates designer logins and authenticates them for the portal."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def register(self, email: str, display_name: str, password: str) -> Designer:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        designer = Designer(
            email=email.strip().lower(),
            display_name=display_name.strip(),
            password_hash=hash_password(password),
        )
        self.session.add(designer)
        self.session.commit()
        return designer

    def authenticate(self, email: str, password: str) -> Optional[Designer]:
        stmt = select(Designer).where(Designer.email == email.strip().lower())
        designer = self.session.execute(stmt).scalar_one_or_none()
        if designer is None:
            return None
        if not check_password(password, designer.password_hash):
            return None
        return designer

    def change_password(self, designer: Designer, old: str, new: str) -> None:
        if not check_password(old, designer.password_hash):
            raise PermissionError("current password does not match")
        designer.password_hash = hash_password(new)
        self.session.commit()
