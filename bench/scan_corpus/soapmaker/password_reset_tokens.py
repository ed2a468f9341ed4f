"""Password reset links for staff accounts."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

RESET_TTL = timedelta(minutes=30)


class ResetTokenService:
    """Issues single-use reset tokens and e-mails the link to the staff member."""

    def __init__(self, engine: Engine, mailer, base_url: str) -> None:
        self.engine = engine
        self.mailer = mailer
        self.base_url = base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def _fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def start_reset(self, email: str) -> None:
        with self.engine.begin() as conn:
            staff = conn.execute(
                text("SELECT id, email FROM staff WHERE email = :e AND active"),
                {"e": email.strip().lower()},
            ).first()
            if staff is None:
                return
            token = self._new_token()
            conn.execute(
                text(
                    "INSERT INTO staff_password_resets (staff_id, token_sha256, expires_at) "
                    "VALUES (:sid, :fp, :exp)"
                ),
                {
                    "sid": staff.id,
                    "fp": self._fingerprint(token),
                    "exp": datetime.now(timezone.utc) + RESET_TTL,
                },
            )
        self.mailer.send(
            to=staff.email,
            subject="Reset your password",
            body=f"Use this link within 30 minutes: {self.base_url}/staff/reset/{token}",
        )

    def consume(self, token: str) -> Optional[int]:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE staff_password_resets SET used_at = now() "
                    "WHERE token_sha256 = :fp AND used_at IS NULL AND expires_at > now() "
                    "RETURNING staff_id"
                ),
                {"fp": self._fingerprint(token)},
            ).first()
        return row.staff_id if row else None
