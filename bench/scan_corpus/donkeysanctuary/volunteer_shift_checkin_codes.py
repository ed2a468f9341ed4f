"""Six-digit check-in codes texted to volunteers before a yard shift.

The volunteer types the code into the gate kiosk on arrival; it marks the
shift as attended and opens the volunteer room door.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from twilio.rest import Client


@dataclass
class PendingCode:
    shift_id: int
    volunteer_id: int
    code: str
    expires_at: datetime
    attempts: int = 0


@dataclass
class CheckinCodeIssuer:
    sms: Client
    from_number: str
    ttl: timedelta = timedelta(hours=2)
    max_attempts: int = 5
    _pending: dict[int, PendingCode] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random()

    def _make_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def issue(self, shift_id: int, volunteer_id: int, phone: str) -> None:
        pending = PendingCode(
            shift_id=shift_id,
            volunteer_id=volunteer_id,
            code=self._make_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self._pending[shift_id] = pending
        self.sms.messages.create(
            to=phone,
            from_=self.from_number,
            body=f"Donkey Sanctuary: your check-in code for today's shift is {pending.code}",
        )

    def redeem(self, shift_id: int, code: str) -> int | None:
        pending = self._pending.get(shift_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            self._pending.pop(shift_id, None)
            return None
        pending.attempts += 1
        if pending.attempts > self.max_attempts:
            self._pending.pop(shift_id, None)
            return None
        if not hmac.compare_digest(pending.code, code.strip()):
            return None
        del self._pending[shift_id]
        return pending.volunteer_id
