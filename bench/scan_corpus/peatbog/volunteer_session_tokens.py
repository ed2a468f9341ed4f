"""Server-side sessions for the volunteer booking site.

Session ids are opaque random tokens handed to the browser in a cookie;
the session row holds the volunteer id and expiry.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

SESSION_TTL = timedelta(days=14)


@dataclass
class VolunteerSession:
    token: str
    volunteer_id: int
    expires_at: datetime


class SessionStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def _lookup_key(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def create(self, volunteer_id: int) -> VolunteerSession:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + SESSION_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO volunteer_sessions (token_key, volunteer_id, expires_at) "
                    "VALUES (:k, :v, :x)"
                ),
                {"k": self._lookup_key(token), "v": volunteer_id, "x": expires},
            )
        return VolunteerSession(token, volunteer_id, expires)

    def resolve(self, token: str) -> Optional[int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT volunteer_id FROM volunteer_sessions "
                    "WHERE token_key = :k AND expires_at > now()"
                ),
                {"k": self._lookup_key(token)},
            ).first()
        return row.volunteer_id if row else None

    def revoke(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("DELETE FROM volunteer_sessions WHERE token_key = :k"),
                {"k": self._lookup_key(token)},
            )
