"""Password storage for lab portal accounts.

Accounts are created by the onboarding flow and by the admin CLI; both go
through ``set_password`` so the storage format stays in one place.
"""
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return f"{salt.hex()}${digest}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, expected = stored.split("$", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex)).split("$", 1)[1]
    return hmac.compare_digest(candidate, expected)


def set_password(db: Session, user: User, new_password: str) -> None:
    if len(new_password) < 12:
        raise ValueError("password must be at least 12 characters")
    user.password_hash = hash_password(new_password)
    db.add(user)
    db.commit()


def authenticate(db: Session, email: str, password: str) -> User | None:
    user = db.scalars(select(User).where(User.email == email.lower())).first()
    if user is None or not user.is_active:
        return None
    if not verify_password(password, user.password_hash):
        return None
    return user
