"""Account management for the partner data portal.

Partners (state DOTs, utilities, university mesonets) log in here to manage
their feed subscriptions and download historical station exports.
"""
import hashlib as _hl
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from .db import get_connection

SALT_BYTES = 16


@dataclass
class PortalUser:
    username: str
    org_code: str
    salt: str
    password_hash: str
    created_at: datetime


def _digest(salt: str, password: str) -> str:
    return _hl.sha256((salt + password).encode("utf-8")).hexdigest()


def create_user(username: str, org_code: str, password: str) -> PortalUser:
    salt = secrets.token_hex(SALT_BYTES)
    user = PortalUser(
        username=username.lower(),
        org_code=org_code.upper(),
        salt=salt,
        password_hash=_digest(salt, password),
        created_at=datetime.now(timezone.utc),
    )
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO portal_users (username, org_code, salt, password_hash, created_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (user.username, user.org_code, user.salt, user.password_hash, user.created_at),
        )
    return user


def check_password(user: PortalUser, candidate: str) -> bool:
    return hmac.compare_digest(_digest(user.salt, candidate), user.password_hash)
