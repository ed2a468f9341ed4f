"""Customer portal account management: sign-up, login, password change."""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from billing.models import PortalUser


@dataclass
class Credentials:
    email: str
    password: str


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register(db: Session, creds: Credentials, customer_id: int) -> PortalUser:
    salt = os.urandom(16)
    user = PortalUser(
        email=creds.email.lower(),
        customer_id=customer_id,
        password_salt=salt.hex(),
        password_hash=_digest(creds.password, salt),
    )
    db.add(user)
    db.commit()
    return user


def authenticate(db: Session, creds: Credentials) -> PortalUser | None:
    user = db.execute(
        select(PortalUser).where(PortalUser.email == creds.email.lower())
    ).scalar_one_or_none()
    if user is None:
        return None
    expected = _digest(creds.password, bytes.fromhex(user.password_salt))
    if not hmac.compare_digest(expected, user.password_hash):
        return None
    return user
