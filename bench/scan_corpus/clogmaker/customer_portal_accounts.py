"""Web shop customer accounts: registration and sign-in for the clog portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clogmaker.models import Customer


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


HASHING = HashingSettings()


def _derive(password: str, salt: bytes, cfg: HashingSettings = HASHING) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(HASHING.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2_{HASHING.algorithm}",
            str(HASHING.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, digest_b64 = encoded.split("$")
    cfg = HashingSettings(iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), cfg)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_customer(session: Session, email: str, full_name: str, password: str) -> Customer:
    customer = Customer(
        email=email.strip().lower(),
        full_name=full_name.strip(),
        password_hash=encode_password(password),
    )
    session.add(customer)
    session.flush()
    return customer


def authenticate(session: Session, email: str, password: str) -> Customer | None:
    stmt = select(Customer).filter_by(email=email.strip().lower(), is_active=True)
    customer = session.scalar(stmt)
    if customer is None:
        return None
    if not check_password(password, customer.password_hash):
        return None
    return customer
