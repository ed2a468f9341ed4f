"""Trade account registration for the studio's wholesale portal.

Shopfitters, architects and letting agents open a trade account to get
account pricing on hand-painted fascias and gilded window lettering.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from signwriter.models import TradeAccount
from signwriter.notifications import queue_welcome_email


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = CredentialPolicy()


class RegistrationError(ValueError):
    """Raised when a trade application cannot be accepted."""


def derive_password_hash(password: str, policy: CredentialPolicy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${salt.hex()}${digest.hex()}"


def _normalise_vat(vat_number: str | None) -> str | None:
    if not vat_number:
        return None
    cleaned = vat_number.replace(" ", "").upper()
    if not cleaned.startswith("GB"):
        cleaned = f"GB{cleaned}"
    return cleaned


def register_trade_account(
    db: Session,
    company: str,
    email: str,
    password: str,
    vat_number: str | None = None,
) -> TradeAccount:
    email = email.strip().lower()
    if len(password) < POLICY.min_length:
        raise RegistrationError("Password is too short")
    existing = db.execute(select(TradeAccount).where(TradeAccount.email == email)).scalar_one_or_none()
    if existing is not None:
        raise RegistrationError("An account already exists for that address")

    account = TradeAccount(
        company_name=company.strip(),
        email=email,
        password_hash=derive_password_hash(password),
        vat_number=_normalise_vat(vat_number),
        discount_band="standard",
        approved=False,
    )
    db.add(account)
    db.commit()
    queue_welcome_email(account.id)
    return account
