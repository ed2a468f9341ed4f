"""Login and password changes for club secretaries."""
from __future__ import annotations

import bcrypt

from league.config import settings
from league.db import session_scope
from league.models import ClubSecretary

BCRYPT_ROUNDS = settings.get_int("BCRYPT_ROUNDS", 12)
MIN_PASSWORD_LENGTH = 12
# bcrypt only looks at the first 72 bytes of input
MAX_PASSWORD_BYTES = 72


class PasswordRejected(ValueError):
    pass


def hash_password(password: str) -> bytes:
    encoded = password.encode("utf-8")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRejected(f"use at least {MIN_PASSWORD_LENGTH} characters")
    if len(encoded) > MAX_PASSWORD_BYTES:
        raise PasswordRejected("password is too long")
    return bcrypt.hashpw(encoded, bcrypt.gensalt(rounds=max(BCRYPT_ROUNDS, 12)))


def authenticate(email: str, password: str) -> ClubSecretary | None:
    with session_scope() as db:
        secretary = db.query(ClubSecretary).filter_by(email=email.lower()).one_or_none()
        if secretary is None or not secretary.password_hash:
            return None
        if not bcrypt.checkpw(password.encode("utf-8"), secretary.password_hash):
            return None
        db.expunge(secretary)
        return secretary


def change_password(secretary_id: int, old: str, new: str) -> None:
    with session_scope() as db:
        secretary = db.get(ClubSecretary, secretary_id)
        if not bcrypt.checkpw(old.encode("utf-8"), secretary.password_hash):
            raise PasswordRejected("current password is incorrect")
        secretary.password_hash = hash_password(new)
