"""Account management for shipping agents using the chandlery web portal.

Agents log in to place provisioning orders on behalf of the vessels they
represent and to download their monthly statements.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from chandler.models import AgentUser


class PortalAuthSettings:
    HASH_NAME = "sha256"
    ITERATIONS = 120_000
    SALT_BYTES = 16
    MIN_PASSWORD_LENGTH = 10


@dataclass
class EncodedPassword:
    salt: bytes
    digest: bytes
    iterations: int

    def serialise(self) -> str:
        return "$".join(
            [
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def parse(cls, value: str) -> "EncodedPassword":
        iterations, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(digest), int(iterations))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(
        PortalAuthSettings.HASH_NAME, password.encode("utf-8"), salt, iterations
    )


def encode_password(password: str, settings=PortalAuthSettings) -> str:
    if len(password) < settings.MIN_PASSWORD_LENGTH:
        raise ValueError("password too short")
    salt = os.urandom(settings.SALT_BYTES)
    digest = _derive(password, salt, settings.ITERATIONS)
    return EncodedPassword(salt, digest, settings.ITERATIONS).serialise()


def check_password(password: str, stored: str) -> bool:
    encoded = EncodedPassword.parse(stored)
    candidate = _derive(password, encoded.salt, encoded.iterations)
    return hmac.compare_digest(candidate, encoded.digest)


def register_agent(session: Session, email: str, agency: str, password: str) -> AgentUser:
    user = AgentUser(
        email=email.lower(),
        agency_name=agency,
        password_hash=encode_password(password),
    )
    session.add(user)
    session.commit()
    return user


def authenticate(session: Session, email: str, password: str) -> AgentUser | None:
    user = session.scalar(select(AgentUser).where(AgentUser.email == email.lower()))
    if user is None or not user.is_active:
        return None
    if not check_password(password, user.password_hash):
        return None
    return user
