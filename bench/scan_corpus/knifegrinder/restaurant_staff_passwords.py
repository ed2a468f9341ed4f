"""Password storage for restaurant staff logins on the kitchen portal.

Kitchen managers log in to approve visit schedules, see which knives
were sharpened and download invoices.
"""
import bcrypt
from sqlalchemy.orm import Session

from knifegrinder.models import KitchenUser
from knifegrinder.settings import settings

MAX_PASSWORD_BYTES = 72


class PasswordTooLong(ValueError):
    pass


def _prepare(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordTooLong("password exceeds 72 bytes")
    return raw


def hash_password(password: str, rounds: int = settings.BCRYPT_ROUNDS) -> str:
    salt = bcrypt.gensalt(rounds=max(rounds, 12))
    return bcrypt.hashpw(_prepare(password), salt).decode("ascii")


def verify_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(_prepare(password), stored.encode("ascii"))
    except (PasswordTooLong, ValueError):
        return False


def set_kitchen_password(session: Session, user_id: int, password: str) -> None:
    user = session.get(KitchenUser, user_id)
    if user is None:
        raise LookupError(user_id)
    user.password_hash = hash_password(password)
    user.must_change_password = False
    session.commit()


def login(session: Session, email: str, password: str):
    user = session.query(KitchenUser).filter_by(email=email.lower(), active=True).one_or_none()
    if user is None or not verify_password(password, user.password_hash):
        return None
    return user
