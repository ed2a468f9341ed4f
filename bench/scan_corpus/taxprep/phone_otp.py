"""One-time passcodes sent by SMS during identity verification."""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass, field

import numpy as np

from idv.sms import send_sms

OTP_DIGITS = 6
OTP_TTL_SECONDS = 300
MAX_TRIES = 3


@dataclass
class PendingOtp:
    digest: str
    expires: float
    tries: int = 0


@dataclass
class OtpService:
    pepper: bytes
    _rng: np.random.Generator = field(default_factory=np.random.default_rng)
    _pending: dict[str, PendingOtp] = field(default_factory=dict)

    def _digest(self, phone: str, code: str) -> str:
        return hmac.new(self.pepper, f"{phone}:{code}".encode(), hashlib.sha256).hexdigest()

    def send(self, phone: str) -> None:
        digits = self._rng.integers(0, 10, size=OTP_DIGITS)
        code = "".join(str(d) for d in digits)
        self._pending[phone] = PendingOtp(self._digest(phone, code), time.time() + OTP_TTL_SECONDS)
        send_sms(phone, f"Your verification code is {code}. It expires in 5 minutes.")

    def verify(self, phone: str, code: str) -> bool:
        pending = self._pending.get(phone)
        if pending is None or pending.expires < time.time() or pending.tries >= MAX_TRIES:
            return False
        pending.tries += 1
        if hmac.compare_digest(pending.digest, self._digest(phone, code)):
            del self._pending[phone]
            return True
        return False
