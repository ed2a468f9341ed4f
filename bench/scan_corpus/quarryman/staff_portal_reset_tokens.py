"""Password reset links for the quarry staff portal.

Office staff, plant fitters and weighbridge clerks use the staff portal for
timesheets and toolbox talks. Forgotten passwords are reset through an
emailed link; only a digest of the link token is stored.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

import psycopg

RESET_TTL = timedelta(minutes=30)
TOKEN_BYTES = 32


@dataclass
class ResetRequest:
    user_id: int
    token: str
    expires_at: datetime


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class ResetTokenService:
    def __init__(self, conn: psycopg.Connection, send_mail: Callable[[str, str, str], None],
                 portal_url: str) -> None:
        self.conn = conn
        self.send_mail = send_mail
        self.portal_url = portal_url.rstrip("/")

    def start_reset(self, email: str) -> ResetRequest | None:
        row = self.conn.execute(
            "SELECT id FROM staff_users WHERE lower(email) = lower(%s) AND active", (email,)
        ).fetchone()
        if row is None:
            return None
        token = secrets.token_urlsafe(TOKEN_BYTES)
        expires = datetime.now(timezone.utc) + RESET_TTL
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO staff_password_resets (user_id, token_digest, expires_at) "
                "VALUES (%s, %s, %s)",
                (row[0], _token_digest(token), expires),
            )
        self.send_mail(
            email,
            "Reset your staff portal password",
            f"Use this link within 30 minutes: {self.portal_url}/reset/{token}",
        )
        return ResetRequest(row[0], token, expires)

    def consume(self, token: str) -> int | None:
        with self.conn.transaction():
            row = self.conn.execute(
                "DELETE FROM staff_password_resets WHERE token_digest = %s AND expires_at > now() "
                "RETURNING user_id",
                (_token_digest(token),),
            ).fetchone()
        return row[0] if row else None
