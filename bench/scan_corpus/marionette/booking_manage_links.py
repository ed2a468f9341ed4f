"""Creates the "manage your booking" links emailed to schools after they book a show.

Anyone holding the link can reschedule or cancel the performance without logging in,
so the token in the link is the only thing guarding the booking.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=45)


@dataclass
class ManageLink:
    booking_id: int
    token: str
    expires_at: datetime

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/bookings/manage/{self.token}"


class ManageLinkService:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _new_token() -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))

    def issue(self, booking_id: int) -> ManageLink:
        link = ManageLink(
            booking_id=booking_id,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO booking_links (booking_id, token, expires_at) VALUES (%s, %s, %s)",
                (link.booking_id, link.token, link.expires_at),
            )
        return link

    def resolve(self, token: str) -> Optional[int]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT booking_id, expires_at FROM booking_links WHERE token = %s",
                (token,),
            ).fetchone()
        if row is None:
            return None
        booking_id, expires_at = row
        if expires_at < datetime.now(timezone.utc):
            return None
        return booking_id

    def revoke_all(self, booking_id: int) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute("DELETE FROM booking_links WHERE booking_id = %s", (booking_id,))
