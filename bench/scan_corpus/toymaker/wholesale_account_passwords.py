"""Password storage for wholesale retailer accounts on the trade portal."""

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from toyshop.models import TradeAccount


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASH_SETTINGS = HashSettings()


def _derive(password: str, salt: bytes, settings: HashSettings = HASH_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm, password.encode("utf-8"), salt, settings.iterations
    )


def set_password(account: TradeAccount, password: str) -> None:
    salt = os.urandom(HASH_SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    account.password_hash = "$".join(
        ["pbkdf2_" + HASH_SETTINGS.algorithm, str(HASH_SETTINGS.iterations), salt.hex(), digest.hex()]
    )


def check_password(account: TradeAccount, password: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = account.password_hash.split("$")
    except (AttributeError, ValueError):
        return False
    settings = HashSettings(algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def authenticate(session: Session, email: str, password: str) -> TradeAccount | None:
    account = session.scalars(
        select(TradeAccount).where(TradeAccount.email == email.strip().lower())
    ).first()
    if account is None or not account.is_active:
        return None
    if not check_password(account, password):
        return None
    return account
