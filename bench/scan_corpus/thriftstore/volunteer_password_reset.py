"""Password reset links for volunteer accounts."""
from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


class ResetTokenIssuer:
    """Issues one-time reset tokens and redeems them.

    Only a SHA-256 digest of each token is stored, so a copy of the table is
    not enough to reset anyone's password.
    """

    def __init__(self, engine: Engine, site_url: str, ttl: timedelta = timedelta(hours=1)) -> None:
        self._engine = engine
        self._site_url = site_url.rstrip("/")
        self._ttl = ttl

    @staticmethod
    def _fresh_token() -> str:
        return "%032x" % random.getrandbits(128)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def issue(self, email: str) -> Optional[str]:
        with self._engine.begin() as conn:
            volunteer_id = conn.execute(
                text("SELECT id FROM volunteers WHERE email = :email AND active"),
                {"email": email.strip().lower()},
            ).scalar()
            if volunteer_id is None:
                return None
            token = self._fresh_token()
            conn.execute(
                text(
                    "INSERT INTO password_resets (volunteer_id, token_digest, expires_at) "
                    "VALUES (:vid, :digest, :exp)"
                ),
                {
                    "vid": volunteer_id,
                    "digest": self._digest(token),
                    "exp": datetime.now(timezone.utc) + self._ttl,
                },
            )
        return f"{self._site_url}/reset-password?token={token}"

    def redeem(self, token: str) -> Optional[int]:
        """Return the volunteer id for a valid, unused token and burn it."""
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE password_resets SET used_at = now() "
                    "WHERE token_digest = :digest AND used_at IS NULL AND expires_at > now() "
                    "RETURNING volunteer_id"
                ),
                {"digest": self._digest(token)},
            ).first()
        return row.volunteer_id if row else None
