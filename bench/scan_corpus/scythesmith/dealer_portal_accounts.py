"""Credential storage for the dealer portal.

Dealers sign in to the portal to place bulk scythe orders, check blade
stock and download price sheets. Passwords are stored as salted PBKDF2
digests in the ``dealer_accounts`` table.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from scythesmith.models import DealerAccount


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


HASHING = HashingSettings()


def _derive(password: str, salt: bytes, cfg: HashingSettings = HASHING) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(HASHING.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        HASHING.algorithm,
        HASHING.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2_{HASHING.algorithm}":
        return False
    cfg = replace(HASHING, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def set_dealer_password(session: Session, dealer_code: str, password: str) -> None:
    account = session.scalars(
        select(DealerAccount).where(DealerAccount.dealer_code == dealer_code)
    ).one()
    account.password_hash = encode_password(password)
    session.commit()


def authenticate_dealer(session: Session, dealer_code: str, password: str) -> DealerAccount | None:
    account = session.scalars(
        select(DealerAccount).where(DealerAccount.dealer_code == dealer_code)
    ).one_or_none()
    if account is None or not account.is_active:
        return None
    if not check_password(password, account.password_hash):
        return None
    return account
