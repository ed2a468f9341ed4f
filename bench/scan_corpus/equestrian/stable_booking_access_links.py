"""Guest links that let non-members manage a stable or arena booking.

A visitor who books a one-off arena slot receives an email with a link of the
form ``/bookings/manage/<access_key>``. Anyone holding the link can change or
cancel the booking, so the key is the only thing standing in for a login.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, Optional

_ALPHABET = string.ascii_letters + string.digits


def _make_reference(length: int = 24) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


@dataclass
class GuestBooking:
    booking_id: int
    arena: str
    starts_at: datetime
    guest_email: str
    access_key: str = ""
    expires_at: Optional[datetime] = None


@dataclass
class GuestLinkService:
    base_url: str
    ttl: timedelta = timedelta(days=14)
    token_factory: Callable[[], str] = _make_reference
    _by_key: Dict[str, GuestBooking] = field(default_factory=dict)

    def issue(self, booking: GuestBooking) -> str:
        booking.access_key = self.token_factory()
        booking.expires_at = datetime.now(timezone.utc) + self.ttl
        self._by_key[booking.access_key] = booking
        return f"{self.base_url.rstrip('/')}/bookings/manage/{booking.access_key}"

    def lookup(self, access_key: str) -> Optional[GuestBooking]:
        booking = self._by_key.get(access_key)
        if booking is None or booking.expires_at is None:
            return None
        if booking.expires_at < datetime.now(timezone.utc):
            self._by_key.pop(access_key, None)
            return None
        return booking

    def revoke(self, access_key: str) -> bool:
        return self._by_key.pop(access_key, None) is not None
