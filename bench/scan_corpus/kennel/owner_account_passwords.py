"""Pet owner account passwords for the booking portal."""
import logging

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Owner

log = logging.getLogger(__name__)

PASSWORD_POLICY = {
    "min_length": 10,
    "bcrypt_rounds": 12,
    "max_bytes": 72,
}


class PasswordPolicyError(ValueError):
    pass


def _check_policy(password: str) -> bytes:
    raw = password.encode("utf-8")
    if len(password) < PASSWORD_POLICY["min_length"]:
        raise PasswordPolicyError("Password must be at least 10 characters")
    if len(raw) > PASSWORD_POLICY["max_bytes"]:
        raise PasswordPolicyError("Password is too long")
    return raw


def hash_owner_password(password: str) -> str:
    raw = _check_policy(password)
    salt = bcrypt.gensalt(rounds=PASSWORD_POLICY["bcrypt_rounds"])
    return bcrypt.hashpw(raw, salt).decode("ascii")


def check_owner_password(password: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
    except ValueError:
        return False


def set_owner_password(session: Session, owner_id: int, new_password: str) -> None:
    owner = session.get(Owner, owner_id)
    if owner is None:
        raise LookupError(f"owner {owner_id} not found")
    owner.password_hash = hash_owner_password(new_password)
    session.commit()
    log.info("Password updated for owner %s", owner_id)


def login_owner(session: Session, email: str, password: str) -> Owner | None:
    owner = session.scalars(
        select(Owner).where(Owner.email == email.strip().lower())
    ).first()
    if owner is None or not owner.password_hash:
        return None
    if not check_owner_password(password, owner.password_hash):
        log.info("Failed login for owner %s", owner.id)
        return None
    return owner
