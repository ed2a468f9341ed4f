"""One-time codes that unlock the door-scanning app for volunteer ushers at a venue."""

from __future__ import annotations

import hmac
import random
import time
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class PendingCode:
    usher_phone: str
    code: str
    issued_at: float
    attempts: int = 0


class DoorOtpIssuer:
    """Issues six-digit codes sent by SMS to ushers before the house opens."""

    def __init__(self, sms_client, ttl_seconds: int = 300, max_attempts: int = 5) -> None:
        self._sms = sms_client
        self._ttl = ttl_seconds
        self._max_attempts = max_attempts
        self._rng = random.Random()
        self._pending: Dict[str, PendingCode] = {}

    def _next_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def send(self, usher_phone: str, venue_name: str) -> None:
        pending = PendingCode(usher_phone=usher_phone, code=self._next_code(), issued_at=time.time())
        self._pending[usher_phone] = pending
        self._sms.send(
            to=usher_phone,
            body=f"Your door-scanner code for {venue_name} is {pending.code}",
        )

    def verify(self, usher_phone: str, submitted: str) -> bool:
        pending: Optional[PendingCode] = self._pending.get(usher_phone)
        if pending is None:
            return False
        if time.time() - pending.issued_at > self._ttl:
            self._pending.pop(usher_phone, None)
            return False
        pending.attempts += 1
        if pending.attempts > self._max_attempts:
            self._pending.pop(usher_phone, None)
            return False
        if hmac.compare_digest(pending.code, submitted.strip()):
            self._pending.pop(usher_phone, None)
            return True
        return False
