"""Trade portal account registration and sign-in for marina and chandlery buyers.

Buyers self-register on the trade portal with their company email; accounts
stay pending until the sales office has approved credit terms for the company.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropewalk.portal.models import TradeAccount


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


SETTINGS = HashingSettings()


def _derive(password: str, salt: bytes, settings: HashingSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        password.encode("utf-8"),
        salt,
        settings.iterations,
    )


def encode_password(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    digest = _derive(password, salt)
    return f"pbkdf2_{SETTINGS.algorithm}${SETTINGS.iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    settings = HashingSettings(algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    candidate = _derive(password, bytes.fromhex(salt_hex), settings)
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def register_trade_buyer(session: Session, company: str, email: str, password: str) -> TradeAccount:
    email = email.strip().lower()
    existing = session.scalar(select(TradeAccount).where(TradeAccount.email == email))
    if existing is not None:
        raise ValueError("An account already exists for this email address")
    account = TradeAccount(
        company_name=company.strip(),
        email=email,
        password_hash=encode_password(password),
        approved=False,
    )
    session.add(account)
    session.commit()
    return account


def authenticate(session: Session, email: str, password: str) -> TradeAccount | None:
    account = session.scalar(select(TradeAccount).where(TradeAccount.email == email.strip().lower()))
    if account is None or not account.approved:
        return None
    if not check_password(password, account.password_hash):
        return None
    return account
