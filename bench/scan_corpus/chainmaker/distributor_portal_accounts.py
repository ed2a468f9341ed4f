"""Distributor portal account credentials.

Distributors log in to the order portal to place chain and fitting orders,
download proof-load certificates and track deliveries. This module owns the
credential records for those logins.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from chainmaker.models import DistributorUser


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


KDF = KdfSettings()


def _derive(password: str, salt: bytes, kdf: KdfSettings = KDF) -> bytes:
    return hashlib.pbkdf2_hmac(kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations)


def set_password(session: Session, user: DistributorUser, password: str) -> None:
    if len(password) < 10:
        raise ValueError("password too short")
    salt = os.urandom(KDF.salt_bytes)
    user.password_salt = salt.hex()
    user.password_hash = _derive(password, salt).hex()
    session.add(user)


def check_login(session: Session, email: str, password: str) -> DistributorUser | None:
    user = session.scalar(
        select(DistributorUser).where(DistributorUser.email == email.strip().lower())
    )
    if user is None or not user.is_active:
        return None
    candidate = _derive(password, bytes.fromhex(user.password_salt))
    if not hmac.compare_digest(candidate.hex(), user.password_hash):
        return None
    return user
