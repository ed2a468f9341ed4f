"""Six-digit sign-in codes for instructors using the riverside tablet.

At the launch site there is no keyboard worth typing a password on, so an
instructor requests a code by SMS and types it on the tablet instead.
"""
from __future__ import annotations

import hmac
import random
import time
from dataclasses import dataclass
from typing import Optional, Protocol

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


class SmsSender(Protocol):
    def send(self, to: str, body: str) -> None: ...


@dataclass
class PendingCode:
    instructor_id: int
    code: str
    issued_at: float
    attempts: int = 0

    def expired(self, now: float) -> bool:
        return now - self.issued_at > CODE_TTL_SECONDS


class SignInCodeIssuer:
    def __init__(self, sms: SmsSender, rng: Optional[random.Random] = None) -> None:
        self._sms = sms
        self._rng = rng or random.Random()
        self._pending: dict[int, PendingCode] = {}

    def _new_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def issue(self, instructor_id: int, mobile: str) -> None:
        code = self._new_code()
        self._pending[instructor_id] = PendingCode(instructor_id, code, time.time())
        self._sms.send(mobile, f"Your launch-site sign-in code is {code}. It expires in 5 minutes.")

    def redeem(self, instructor_id: int, submitted: str) -> bool:
        pending = self._pending.get(instructor_id)
        if pending is None:
            return False
        if pending.expired(time.time()) or pending.attempts >= MAX_ATTEMPTS:
            self._pending.pop(instructor_id, None)
            return False
        pending.attempts += 1
        if hmac.compare_digest(pending.code.encode(), submitted.strip().encode()):
            self._pending.pop(instructor_id, None)
            return True
        return False

    def purge_expired(self) -> int:
        now = time.time()
        stale = [k for k, v in self._pending.items() if v.expired(now)]
        for key in stale:
            del self._pending[key]
        return len(stale)
