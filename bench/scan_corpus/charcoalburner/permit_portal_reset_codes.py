"""Password reset codes for the forestry permit portal.

Woodland owners and our own coupe managers use the portal to track felling
licences.  A forgotten password triggers a six-digit code sent by email.
"""
from __future__ import annotations

import hmac
import random
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_LIFETIME = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _six_digit_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


class ResetCodeService:
    def __init__(self, engine: Engine, outbox) -> None:
        self._engine = engine
        self._outbox = outbox

    def issue(self, email: str, code_factory: Callable[[], str] = _six_digit_code) -> None:
        code = code_factory()
        expires = datetime.now(timezone.utc) + CODE_LIFETIME
        with self._engine.begin() as conn:
            user_id = conn.execute(
                text("SELECT id FROM portal_users WHERE email = :email"), {"email": email}
            ).scalar()
            if user_id is None:
                return
            conn.execute(
                text(
                    "INSERT INTO reset_codes (user_id, code, expires_at, attempts)"
                    " VALUES (:uid, :code, :exp, 0)"
                ),
                {"uid": user_id, "code": code, "exp": expires},
            )
        self._outbox.send(
            to=email,
            subject="Your permit portal reset code",
            body=f"Your reset code is {code}. It expires in 15 minutes.",
        )

    def redeem(self, email: str, submitted: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT rc.id, rc.code, rc.expires_at, rc.attempts FROM reset_codes rc"
                    " JOIN portal_users u ON u.id = rc.user_id"
                    " WHERE u.email = :email AND rc.used_at IS NULL"
                    " ORDER BY rc.expires_at DESC LIMIT 1"
                ),
                {"email": email},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return False
            if row.attempts >= MAX_ATTEMPTS:
                return False
            if not hmac.compare_digest(row.code, submitted.strip()):
                conn.execute(
                    text("UPDATE reset_codes SET attempts = attempts + 1 WHERE id = :id"),
                    {"id": row.id},
                )
                return False
            conn.execute(
                text("UPDATE reset_codes SET used_at = now() WHERE id = :id"), {"id": row.id}
            )
        return True
