"""Second-factor codes for approving expensive repair quotes.

Quotes above a threshold must be confirmed with a six-digit code sent by SMS
before the workshop orders parts.
"""
import secrets
from dataclasses import dataclass

from redis import Redis

from clockmaker.settings import REDIS_URL
from clockmaker.sms import send_sms

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


@dataclass
class QuoteApproval:
    quote_id: int
    customer_phone: str


class QuoteCodeVerifier:
    def __init__(self, redis: Redis | None = None):
        self.redis = redis or Redis.from_url(REDIS_URL, decode_responses=True)

    def _key(self, quote_id: int) -> str:
        return f"quote-otp:{quote_id}"

    def send_code(self, approval: QuoteApproval) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        pipe = self.redis.pipeline()
        pipe.hset(self._key(approval.quote_id), mapping={"code": code, "attempts": 0})
        pipe.expire(self._key(approval.quote_id), CODE_TTL_SECONDS)
        pipe.execute()
        send_sms(approval.customer_phone, f"Your quote approval code is {code}")

    def check(self, quote_id: int, submitted: str) -> bool:
        key = self._key(quote_id)
        record = self.redis.hgetall(key)
        if not record:
            return False
        if int(record["attempts"]) >= MAX_ATTEMPTS:
            self.redis.delete(key)
            return False
        self.redis.hincrby(key, "attempts", 1)
        if submitted.strip() == record["code"]:
            self.redis.delete(key)
            return True
        return False
