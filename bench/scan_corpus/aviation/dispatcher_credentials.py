"""Credential handling for flight dispatcher accounts in the dispatch tool."""
import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Dispatcher

BCRYPT_ROUNDS = 12
MAX_PASSWORD_BYTES = 72  # bcrypt only looks at the first 72 bytes


class PasswordPolicyError(ValueError):
    pass


def _encode(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        raise PasswordPolicyError("password longer than 72 bytes")
    if len(password) < 12:
        raise PasswordPolicyError("password shorter than 12 characters")
    return raw


def set_password(db: Session, dispatcher_id: int, new_password: str) -> None:
    hashed = bcrypt.hashpw(_encode(new_password), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))
    dispatcher = db.get(Dispatcher, dispatcher_id)
    dispatcher.password_hash = hashed.decode("ascii")
    db.commit()


def check_login(db: Session, licence_no: str, password: str) -> Dispatcher | None:
    dispatcher = db.scalar(select(Dispatcher).where(Dispatcher.licence_no == licence_no))
    if dispatcher is None or not dispatcher.active:
        return None
    raw = password.encode("utf-8")
    if len(raw) > MAX_PASSWORD_BYTES:
        return None
    if not bcrypt.checkpw(raw, dispatcher.password_hash.encode("ascii")):
        return None
    return dispatcher
