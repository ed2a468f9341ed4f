"""Trade portal account registration for gym and marine buyers.

Creates portal users for approved trade accounts and verifies their
login credentials against the stored derived key.
"""
import base64
import hashlib
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cordmaker.models import TradeAccount, PortalUser


@dataclass(frozen=True)
class KeyDerivationSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


KDF = KeyDerivationSettings()


def _derive(password: str, salt: bytes, settings: KeyDerivationSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def encode_credential(password: str) -> str:
    salt = os.urandom(KDF.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            KDF.algorithm,
            str(KDF.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def register_portal_user(session: Session, account_code: str, email: str, password: str) -> PortalUser:
    account = session.execute(
        select(TradeAccount).where(TradeAccount.code == account_code)
    ).scalar_one()
    if not account.approved:
        raise PermissionError(f"trade account {account_code} is not approved yet")
    user = PortalUser(
        account_id=account.id,
        email=email.strip().lower(),
        credential=encode_credential(password),
    )
    session.add(user)
    session.flush()
    return user
