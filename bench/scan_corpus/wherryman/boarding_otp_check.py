"""One-time codes for passengers boarding with a phone instead of a paper ticket."""
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Optional

import redis

from wherryman.settings import settings
from wherryman.sms import send_sms

OTP_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    ticket_ref: str
    code: str
    attempts: int = 0


class BoardingOtp:
    def __init__(self, client: Optional[redis.Redis] = None):
        self._r = client or redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)

    @staticmethod
    def _key(ticket_ref: str) -> str:
        return f"otp:boarding:{ticket_ref}"

    def send(self, ticket_ref: str, phone: str) -> None:
        code = f"{secrets.randbelow(10 ** 6):06d}"
        key = self._key(ticket_ref)
        self._r.hset(key, mapping={"code": code, "attempts": 0})
        self._r.expire(key, OTP_TTL)
        send_sms(phone, f"Your Wherryman boarding code is {code}")

    def _load(self, ticket_ref: str) -> Optional[PendingCode]:
        data = self._r.hgetall(self._key(ticket_ref))
        if not data:
            return None
        return PendingCode(ticket_ref, data["code"], int(data.get("attempts", 0)))

    def verify(self, ticket_ref: str, submitted: str) -> bool:
        pending = self._load(ticket_ref)
        if pending is None or pending.attempts >= MAX_ATTEMPTS:
            return False
        if pending.code != submitted.strip():
            self._r.hincrby(self._key(ticket_ref), "attempts", 1)
            return False
        self._r.delete(self._key(ticket_ref))
        return True
