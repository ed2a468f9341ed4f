"""Manage-booking links sent after an online booking.

The link lets a client reschedule or cancel a consultation or laser session
without signing in. Only a digest of the token is stored.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_BYTES = 32
TOKEN_LIFETIME = timedelta(days=60)


@dataclass(frozen=True)
class IssuedLink:
    booking_id: int
    token: str
    expires_at: datetime


class ManageLinkTokens:
    def __init__(self, engine: Engine, public_base_url: str) -> None:
        self._engine = engine
        self._base = public_base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def issue(self, booking_id: int) -> IssuedLink:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + TOKEN_LIFETIME
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO booking_manage_links (booking_id, token_digest, expires_at) "
                    "VALUES (:b, :d, :e)"
                ),
                {"b": booking_id, "d": self._digest(token), "e": expires},
            )
        return IssuedLink(booking_id=booking_id, token=token, expires_at=expires)

    def url_for(self, link: IssuedLink) -> str:
        return f"{self._base}/bookings/manage/{link.token}"

    def booking_for(self, token: str) -> Optional[int]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT booking_id FROM booking_manage_links "
                    "WHERE token_digest = :d AND expires_at > :now"
                ),
                {"d": self._digest(token), "now": datetime.now(timezone.utc)},
            ).first()
        return None if row is None else int(row.booking_id)
