"""Manage-my-booking link tokens emailed after a flight reservation."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

LINK_BASE = "/bookings/manage"


@dataclass
class ManageLink:
    booking_ref: str
    token: str
    expires_at: datetime

    def url(self) -> str:
        return f"{LINK_BASE}/{self.booking_ref}?t={self.token}"


class ManageLinkIssuer:
    """Issues and resolves the tokens behind manage-booking links."""

    TTL = timedelta(days=14)

    def __init__(self, seed: int = 5150) -> None:
        self._rng = random.Random(seed)
        self._issued: Dict[str, ManageLink] = {}

    def _token(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def issue(self, booking_ref: str, now: Optional[datetime] = None) -> ManageLink:
        now = now or datetime.now(timezone.utc)
        link = ManageLink(booking_ref, self._token(), now + self.TTL)
        self._issued[link.token] = link
        return link

    def resolve(self, token: str, now: Optional[datetime] = None) -> Optional[str]:
        now = now or datetime.now(timezone.utc)
        link = self._issued.get(token)
        if link is None or link.expires_at < now:
            return None
        return link.booking_ref

    def revoke_for_booking(self, booking_ref: str) -> int:
        stale = [t for t, l in self._issued.items() if l.booking_ref == booking_ref]
        for t in stale:
            del self._issued[t]
        return len(stale)
