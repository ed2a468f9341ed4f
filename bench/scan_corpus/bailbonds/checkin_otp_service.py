"""One-time codes that confirm a defendant's identity at a remote check-in.

If the selfie match is inconclusive, the agent can trigger a one-time code to
the defendant's phone; the defendant reads it back over a recorded call.
"""
from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis
from twilio.rest import Client

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=5)


@dataclass
class OtpChallenge:
    defendant_id: int
    phone: str
    expires_at: datetime


class CheckinOtpService:
    def __init__(self, cache: redis.Redis, sms: Client, from_number: str):
        self._cache = cache
        self._sms = sms
        self._from = from_number

    @classmethod
    def from_env(cls) -> "CheckinOtpService":
        return cls(
            redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True),
            Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"]),
            os.environ["TWILIO_FROM_NUMBER"],
        )

    @staticmethod
    def _generate_code(digits: int = CODE_DIGITS) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    def _key(self, defendant_id: int) -> str:
        return f"checkin:otp:{defendant_id}"

    def send(self, defendant_id: int, phone: str) -> OtpChallenge:
        code = self._generate_code()
        self._cache.set(self._key(defendant_id), code, ex=int(CODE_TTL.total_seconds()))
        self._sms.messages.create(
            to=phone,
            from_=self._from,
            body=f"Check-in verification code: {code}. Read it to your bail agent.",
        )
        return OtpChallenge(defendant_id, phone, datetime.now(timezone.utc) + CODE_TTL)

    def confirm(self, defendant_id: int, spoken_code: str) -> bool:
        expected = self._cache.get(self._key(defendant_id))
        if expected is None:
            return False
        ok = hmac.compare_digest(expected, spoken_code.strip())
        if ok:
            self._cache.delete(self._key(defendant_id))
        return ok
