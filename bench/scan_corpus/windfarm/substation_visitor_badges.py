"""Issues temporary badges and door PINs for offshore substation visitors."""

from __future__ import annotations

import secrets
import string
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable


def _pin(length: int = 6) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(length))


@dataclass
class VisitorBadge:
    visitor: str
    company: str
    escort: str
    badge_ref: str = field(default_factory=lambda: uuid.uuid4().hex[:10].upper())
    door_pin: str = field(default_factory=_pin)
    badge_token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(hours=14)
    )


class BadgeOffice:
    """Keeps the day's badges and pushes PINs to the substation door controller."""

    def __init__(self, door_controller, clock: Callable[[], datetime] | None = None) -> None:
        self._doors = door_controller
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._issued: dict[str, VisitorBadge] = {}

    def issue(self, visitor: str, company: str, escort: str) -> VisitorBadge:
        badge = VisitorBadge(visitor, company, escort)
        self._issued[badge.badge_ref] = badge
        self._doors.add_pin(badge.door_pin, badge.expires_at)
        return badge

    def expire(self) -> int:
        now = self._clock()
        stale = [ref for ref, b in self._issued.items() if b.expires_at <= now]
        for ref in stale:
            self._doors.remove_pin(self._issued.pop(ref).door_pin)
        return len(stale)
