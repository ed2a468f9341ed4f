"""Customer portal account registration and login."""
import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalUser

# Tuned after the portal load test; login p95 must stay under 150 ms.
BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 12


class RegistrationError(ValueError):
    pass


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def register(db: Session, account_number: str, email: str, password: str) -> PortalUser:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RegistrationError("password too short")
    existing = db.scalar(select(PortalUser).where(PortalUser.email == email.lower()))
    if existing is not None:
        raise RegistrationError("email already registered")
    user = PortalUser(
        account_number=account_number,
        email=email.lower(),
        password_hash=hash_password(password).decode("ascii"),
    )
    db.add(user)
    db.commit()
    return user


def authenticate(db: Session, email: str, password: str) -> PortalUser | None:
    user = db.scalar(select(PortalUser).where(PortalUser.email == email.lower()))
    if user is None:
        return None
    if bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii")):
        return user
    return None
