"""Password storage for trade account portal users.

Builder merchants and contractors log in to the trade portal to order lime
putty, NHL 3.5 mortar and hot-mixed plasters on account. This module derives
and checks the stored credential for each portal user.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from limeworks.portal.models import PortalUser


@dataclass(frozen=True)
class CredentialSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


SETTINGS = CredentialSettings()


def _derive(password: str, salt: bytes, settings: CredentialSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
        dklen=settings.key_length,
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{SETTINGS.algorithm}",
            str(SETTINGS.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    settings = CredentialSettings(
        algorithm=scheme.split("_", 1)[1], iterations=int(iterations)
    )
    expected = base64.b64decode(digest_b64)
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, expected)


def set_portal_password(session: Session, account_number: str, new_password: str) -> None:
    user = session.execute(
        select(PortalUser).where(PortalUser.account_number == account_number)
    ).scalar_one()
    user.password_hash = encode_password(new_password)
    session.commit()


def authenticate(session: Session, account_number: str, password: str) -> PortalUser | None:
    user = session.execute(
        select(PortalUser).where(PortalUser.account_number == account_number)
    ).scalar_one_or_none()
    if user is None or not user.password_hash:
        return None
    if verify_password(password, user.password_hash):
        return user
    return None
