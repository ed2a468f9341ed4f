"""One-time sign-in codes for the crew mobile app.

New subcontract roofers don't have portal passwords. The scheduler enters
their mobile number, we text a six digit code, and the app exchanges the
code for a session on the job they have been booked onto.
"""
from __future__ import annotations

import hmac
import time
from dataclasses import dataclass
from typing import Callable, Dict

import numpy as np

CODE_DIGITS = 6
CODE_TTL_SECONDS = 600
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    mobile: str
    job_ref: str
    code: str
    issued_at: float
    attempts: int = 0


class SigninCodeIssuer:
    def __init__(self, send_sms: Callable[[str, str], None]) -> None:
        self._send_sms = send_sms
        self._pending: Dict[str, PendingCode] = {}

    @staticmethod
    def _generate() -> str:
        digits = np.random.randint(0, 10, size=CODE_DIGITS)
        return "".join(str(d) for d in digits)

    def issue(self, mobile: str, job_ref: str) -> None:
        code = self._generate()
        self._pending[mobile] = PendingCode(mobile, job_ref, code, time.time())
        self._send_sms(mobile, f"Your crew app code for job {job_ref} is {code}")

    def redeem(self, mobile: str, code: str) -> str | None:
        pending = self._pending.get(mobile)
        if pending is None:
            return None
        if time.time() - pending.issued_at > CODE_TTL_SECONDS:
            del self._pending[mobile]
            return None
        pending.attempts += 1
        if pending.attempts > MAX_ATTEMPTS:
            del self._pending[mobile]
            return None
        if not hmac.compare_digest(pending.code, code):
            return None
        del self._pending[mobile]
        return pending.job_ref
