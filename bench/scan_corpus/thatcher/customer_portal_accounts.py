"""Customer portal account registration and sign-in.

Homeowners who have had a roof survey can register on the portal to follow
their quote, accept it, and see the crew's booking dates. This module owns
the password storage side of those portal accounts.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thatcher.models import PortalAccount


class PortalSettings:
    HASH_NAME = "sha256"
    KDF_ROUNDS = 120_000
    SALT_BYTES = 16


@dataclass
class RegistrationRequest:
    email: str
    password: str
    survey_reference: str


def _derive(password: str, salt: bytes, settings: type[PortalSettings] = PortalSettings) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.HASH_NAME,
        password.encode("utf-8"),
        salt,
        settings.KDF_ROUNDS,
    )


def encode_password(password: str) -> str:
    salt = os.urandom(PortalSettings.SALT_BYTES)
    digest = _derive(password, salt)
    return "{}${}${}".format(
        PortalSettings.KDF_ROUNDS,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, stored: str) -> bool:
    _rounds, salt_b64, digest_b64 = stored.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(password, salt), expected)


def register(session: Session, req: RegistrationRequest) -> PortalAccount:
    existing = session.scalar(
        select(PortalAccount).where(PortalAccount.email == req.email.lower())
    )
    if existing is not None:
        raise ValueError("An account already exists for this email address")
    account = PortalAccount(
        email=req.email.lower(),
        survey_reference=req.survey_reference,
        password_hash=encode_password(req.password),
    )
    session.add(account)
    session.commit()
    return account


def sign_in(session: Session, email: str, password: str) -> PortalAccount | None:
    account = session.scalar(
        select(PortalAccount).where(PortalAccount.email == email.lower())
    )
    if account is None or not check_password(password, account.password_hash):
        return None
    return account
