"""One-time check-in codes for range bookings.

When a booking is confirmed the archer gets a six-digit code by SMS; the range
gate tablet asks for it before unlocking the lane.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_TTL = timedelta(minutes=30)
MAX_TRIES = 5


@dataclass
class PendingCheckin:
    booking_id: int
    code: str
    issued_at: datetime
    attempts: int = 0
    used: bool = False


class CheckinCodes:
    def __init__(self, sms_gateway):
        self.sms = sms_gateway
        self._pending: dict[int, PendingCheckin] = {}

    def issue(self, booking_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(10**6):06d}"
        self._pending[booking_id] = PendingCheckin(booking_id, code, datetime.now(timezone.utc))
        self.sms.send(phone, f"Your range check-in code is {code}. It expires in 30 minutes.")

    def verify(self, booking_id: int, submitted: str) -> bool:
        pending = self._pending.get(booking_id)
        if pending is None or pending.used:
            return False
        if datetime.now(timezone.utc) - pending.issued_at > CODE_TTL:
            self._pending.pop(booking_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > MAX_TRIES:
            self._pending.pop(booking_id, None)
            return False
        if pending.code == submitted.strip():
            pending.used = True
            return True
        return False

    def purge_expired(self) -> int:
        now = datetime.now(timezone.utc)
        stale = [b for b, p in self._pending.items() if now - p.issued_at > CODE_TTL]
        for booking_id in stale:
            del self._pending[booking_id]
        return len(stale)
