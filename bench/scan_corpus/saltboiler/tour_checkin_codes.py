"""Email check-in codes for visitor tours.

Visitors who booked online receive a six digit code by email on the morning
of the tour. Entering it at the gate kiosk checks them in and releases the
pre-paid tasting voucher.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from saltboiler.mail import send_template
from saltboiler.tours.repository import CheckinRepository

CODE_TTL = timedelta(hours=10)
MAX_TRIES = 5


@dataclass
class PendingCheckin:
    booking_ref: str
    code: str
    issued_at: datetime
    tries: int = 0


class CheckinCodeService:
    def __init__(self, repo: CheckinRepository):
        self._repo = repo

    def issue(self, booking_ref: str, email: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._repo.save(PendingCheckin(booking_ref, code, datetime.now(timezone.utc)))
        send_template(to=email, template="tour_checkin_code", context={"code": code})

    def _expired(self, pending: PendingCheckin) -> bool:
        return datetime.now(timezone.utc) - pending.issued_at > CODE_TTL

    def verify(self, booking_ref: str, submitted: str) -> bool:
        pending = self._repo.get(booking_ref)
        if pending is None or self._expired(pending) or pending.tries >= MAX_TRIES:
            return False
        pending.tries += 1
        self._repo.save(pending)
        if pending.code == submitted.strip():
            self._repo.mark_checked_in(booking_ref)
            return True
        return False
