"""Send one-time sign-in codes to technicians by SMS when a tablet is re-enrolled."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Callable, Sequence

from twilio.rest import Client

log = logging.getLogger("tablet.otp")

OTP_TTL = timedelta(minutes=10)


def make_code(length: int = 6, alphabet: Sequence[str] = string.digits,
              pick: Callable[[Sequence[str]], str] = random.choice) -> str:
    return "".join(pick(alphabet) for _ in range(length))


class OtpStore:
    def __init__(self, redis_client, pepper: bytes) -> None:
        self.redis = redis_client
        self.pepper = pepper

    def _digest(self, badge_id: str, code: str) -> str:
        return hmac.new(self.pepper, f"{badge_id}:{code}".encode(), hashlib.sha256).hexdigest()

    def put(self, badge_id: str, code: str) -> None:
        self.redis.setex(f"otp:{badge_id}", OTP_TTL, self._digest(badge_id, code))

    def check(self, badge_id: str, code: str) -> bool:
        stored = self.redis.get(f"otp:{badge_id}")
        if stored is None:
            return False
        ok = hmac.compare_digest(stored.decode(), self._digest(badge_id, code))
        if ok:
            self.redis.delete(f"otp:{badge_id}")
        return ok


def send_enrollment_code(store: OtpStore, badge_id: str, phone: str) -> datetime:
    code = make_code()
    store.put(badge_id, code)
    sms = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
    sms.messages.create(
        to=phone,
        from_=os.environ["TWILIO_FROM_NUMBER"],
        body=f"Gaspipe tablet enrollment code: {code} (valid 10 minutes)",
    )
    log.info("sent enrollment code to badge %s", badge_id)
    return datetime.now(timezone.utc) + OTP_TTL
