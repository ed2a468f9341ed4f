"""Remember-me tokens for the trade account portal.

Buyers who tick "keep me signed in" get a long-lived device token in a
cookie. The cookie holds a selector, used to find the row, and a validator
that is checked against the stored digest.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Connection

TOKEN_LIFETIME = timedelta(days=30)


@dataclass
class DeviceToken:
    selector: str
    validator: str

    def cookie_value(self) -> str:
        return f"{self.selector}:{self.validator}"


def _digest(validator: str) -> str:
    return hashlib.sha256(validator.encode("ascii")).hexdigest()


def issue_device_token(conn: Connection, user_id: int) -> DeviceToken:
    token = DeviceToken(secrets.token_hex(9), secrets.token_urlsafe(32))
    conn.execute(
        text(
            "INSERT INTO device_tokens (selector, validator_digest, user_id, expires_at) "
            "VALUES (:s, :d, :u, :e)"
        ),
        {
            "s": token.selector,
            "d": _digest(token.validator),
            "u": user_id,
            "e": datetime.now(timezone.utc) + TOKEN_LIFETIME,
        },
    )
    return token


def user_for_cookie(conn: Connection, cookie_value: str) -> int | None:
    selector, _, validator = cookie_value.partition(":")
    if not selector or not validator:
        return None
    row = conn.execute(
        text(
            "SELECT user_id, validator_digest, expires_at FROM device_tokens "
            "WHERE selector = :s"
        ),
        {"s": selector},
    ).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    if not secrets.compare_digest(_digest(validator), row.validator_digest):
        return None
    return row.user_id
