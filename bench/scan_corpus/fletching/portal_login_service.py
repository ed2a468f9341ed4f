"""Password handling for the retail archer portal (custom arrow orders)."""
import logging

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalUser

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8
MAX_PASSWORD_BYTES = 72


class PasswordTooLong(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordTooLong("password exceeds bcrypt input limit")
    return raw


def hash_password(password: str, rounds: int = BCRYPT_ROUNDS) -> str:
    return bcrypt.hashpw(_encode(password), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_encode(password), stored.encode("ascii"))
    except ValueError:
        return False


class PortalAccounts:
    def __init__(self, session: Session):
        self.session = session

    def register(self, email: str, password: str, full_name: str) -> PortalUser:
        user = PortalUser(email=email.lower(), full_name=full_name, password_hash=hash_password(password))
        self.session.add(user)
        self.session.commit()
        log.info("portal account created for %s", user.email)
        return user

    def authenticate(self, email: str, password: str):
        user = self.session.scalar(select(PortalUser).where(PortalUser.email == email.lower()))
        if user is None or not verify_password(password, user.password_hash):
            log.info("failed portal login for %s", email)
            return None
        return user

    def change_password(self, user: PortalUser, old: str, new: str) -> bool:
        if not verify_password(old, user.password_hash):
            return False
        user.password_hash = hash_password(new)
        self.session.commit()
        log.info("password changed for portal user %s", user.id)
        return True
