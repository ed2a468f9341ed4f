"""Account management for the promoter dashboard.

Promoter users log in with email + password; organisations can have many
users. Hash strings are stored in the Django-style ``algo$iter$salt$hash``
layout so the old PHP dashboard export could be imported unchanged.
"""
import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PromoterUser

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 150_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 12


class AccountError(Exception):
    pass


def _encode(salt: bytes, dk: bytes) -> str:
    return "pbkdf2_{}${}${}${}".format(
        PBKDF2_ALGORITHM,
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return _encode(salt, dk)


def check_password(password: str, stored: str) -> bool:
    algo, iterations, salt_b64, dk_b64 = stored.split("$")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(dk_b64)
    dk = hashlib.pbkdf2_hmac(
        algo.removeprefix("pbkdf2_"), password.encode(), salt, int(iterations)
    )
    return hmac.compare_digest(dk, expected)


def create_promoter(db: Session, email: str, password: str, org_id: int) -> PromoterUser:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password too short")
    email = email.strip().lower()
    if db.scalar(select(PromoterUser).where(PromoterUser.email == email)):
        raise AccountError("email already registered")
    user = PromoterUser(
        email=email,
        password_hash=hash_password(password),
        org_id=org_id,
        created_at=datetime.now(timezone.utc),
    )
    db.add(user)
    db.commit()
    return user
