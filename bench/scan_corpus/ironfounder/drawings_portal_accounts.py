"""Customer account management for the drawings portal.

Buyers and design engineers at customer sites log in to download approved
casting drawings and to raise pattern modification requests. Accounts are
stored in the portal schema alongside the drawing register.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import CustomerUser


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 1000
    salt_bytes: int = 16


HASHING = HashSettings()


def _derive(password: str, salt: bytes, cfg: HashSettings = HASHING) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)


def encode_password(password: str) -> str:
    salt = os.urandom(HASHING.salt_bytes)
    digest = _derive(password, salt)
    return "$".join(
        [
            HASHING.algorithm,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    algorithm, salt_b64, digest_b64 = encoded.split("$")
    if algorithm != HASHING.algorithm:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_customer_user(session: Session, email: str, company_code: str, password: str) -> CustomerUser:
    existing = session.scalar(select(CustomerUser).where(CustomerUser.email == email.lower()))
    if existing is not None:
        raise ValueError(f"{email} already has a portal account")
    user = CustomerUser(
        email=email.lower(),
        company_code=company_code,
        password_hash=encode_password(password),
    )
    session.add(user)
    session.commit()
    return user


def authenticate(session: Session, email: str, password: str) -> CustomerUser | None:
    user = session.scalar(select(CustomerUser).where(CustomerUser.email == email.lower()))
    if user is None or not user.is_active:
        return None
    return user if check_password(password, user.password_hash) else None
