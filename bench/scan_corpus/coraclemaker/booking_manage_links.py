"""Issue and resolve "manage your booking" links for river trips.

The link in the confirmation email lets the lead paddler change numbers or
cancel without an account.  Only a hash of the token is kept in the database.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import TripBooking

LINK_LIFETIME = timedelta(days=45)
MANAGE_URL = "/bookings/manage/{token}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ManageLink:
    booking_id: int
    token: str
    expires_at: datetime

    @property
    def path(self) -> str:
        return MANAGE_URL.format(token=self.token)


class ManageLinkService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    def issue(self, booking: TripBooking) -> ManageLink:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + LINK_LIFETIME
        self.session.execute(
            update(TripBooking)
            .where(TripBooking.id == booking.id)
            .values(manage_token_sha256=_digest(token), manage_expires_at=expires)
        )
        self.session.commit()
        return ManageLink(booking.id, token, expires)

    def resolve(self, token: str) -> Optional[TripBooking]:
        booking = self.session.scalar(
            select(TripBooking).where(TripBooking.manage_token_sha256 == _digest(token))
        )
        if booking is None or booking.manage_expires_at < datetime.now(timezone.utc):
            return None
        return booking

    def revoke(self, booking_id: int) -> None:
        self.session.execute(
            update(TripBooking)
            .where(TripBooking.id == booking_id)
            .values(manage_token_sha256=None, manage_expires_at=None)
        )
        self.session.commit()
