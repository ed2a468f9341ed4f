"""Login and password change for dashboard accounts."""
from __future__ import annotations

import bcrypt

from .models import Account, db

# Cost factor; raise when login latency on current hardware allows.
BCRYPT_ROUNDS = 12

MIN_LENGTH = 10
MAX_LENGTH = 72  # bcrypt ignores bytes past 72


class AuthError(Exception):
    pass


def _check_policy(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < MIN_LENGTH:
        raise AuthError(f"password must be at least {MIN_LENGTH} characters")
    if len(raw) > MAX_LENGTH:
        raise AuthError("password is too long")
    return raw


def hash_password(password: str) -> str:
    raw = _check_policy(password)
    return bcrypt.hashpw(raw, bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode("ascii")


def authenticate(email: str, password: str) -> Account:
    account = Account.query.filter_by(email=email.strip().lower(), active=True).one_or_none()
    if account is None or not bcrypt.checkpw(password.encode("utf-8"), account.password_hash.encode("ascii")):
        raise AuthError("invalid email or password")
    return account


def change_password(account: Account, current: str, new: str) -> None:
    if not bcrypt.checkpw(current.encode("utf-8"), account.password_hash.encode("ascii")):
        raise AuthError("current password is incorrect")
    account.password_hash = hash_password(new)
    db.session.commit()
