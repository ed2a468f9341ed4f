"""Links that let customers manage a workshop booking without signing in.

The confirmation email contains /bookings/manage/<token>; the token is
the only credential needed to reschedule or cancel the seat.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class ManageLink:
    booking_id: int
    token: str
    expires_at: datetime

    TOKEN_BYTES = 32

    @classmethod
    def create(cls, booking_id: int, workshop_starts: datetime) -> "ManageLink":
        return cls(
            booking_id=booking_id,
            token=secrets.token_urlsafe(cls.TOKEN_BYTES),
            expires_at=workshop_starts + timedelta(hours=1),
        )

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/bookings/manage/{self.token}"


class ManageLinkStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def save(self, link: ManageLink) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO booking_manage_links (booking_id, token, expires_at) "
                     "VALUES (:bid, :tok, :exp)"),
                {"bid": link.booking_id, "tok": link.token, "exp": link.expires_at},
            )

    def resolve(self, token: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT booking_id, expires_at FROM booking_manage_links WHERE token = :tok"),
                {"tok": token},
            ).first()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        return row.booking_id

    def revoke_for_booking(self, booking_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM booking_manage_links WHERE booking_id = :bid"),
                         {"bid": booking_id})
