"""Manage-your-booking links for private lessons.

When a parent books a lesson, they receive an email containing a link of the
form ``/bookings/manage/<token>`` that lets them reschedule or cancel without
logging in.  This module issues and redeems those tokens.
"""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
TOKEN_TTL = timedelta(days=14)


@dataclass
class ManageLink:
    booking_id: int
    token: str
    expires_at: datetime


class BookingTokenService:
    def __init__(self, conn: sqlite3.Connection, base_url: str):
        self._conn = conn
        self._base_url = base_url.rstrip("/")

    def issue(self, booking_id: int) -> ManageLink:
        token = "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))
        expires = datetime.now(timezone.utc) + TOKEN_TTL
        self._conn.execute(
            "INSERT INTO booking_tokens (booking_id, token, expires_at) VALUES (?, ?, ?)",
            (booking_id, token, expires.isoformat()),
        )
        self._conn.commit()
        return ManageLink(booking_id, token, expires)

    def manage_url(self, link: ManageLink) -> str:
        return f"{self._base_url}/bookings/manage/{link.token}"

    def redeem(self, token: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT booking_id, expires_at FROM booking_tokens WHERE token = ?",
            (token,),
        ).fetchone()
        if row is None:
            return None
        booking_id, expires_at = row
        if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            self.revoke(booking_id)
            return None
        return booking_id

    def revoke(self, booking_id: int) -> None:
        self._conn.execute("DELETE FROM booking_tokens WHERE booking_id = ?", (booking_id,))
        self._conn.commit()
