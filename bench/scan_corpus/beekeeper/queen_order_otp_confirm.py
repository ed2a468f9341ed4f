"""One-time codes to confirm large queen rearing orders.

Orders above the threshold (commercial beekeepers ordering dozens of mated
queens) are confirmed with a code sent to the buyer's phone.
"""
import secrets
from dataclasses import dataclass

import redis

from queens.config import settings
from queens.notify import send_sms

CODE_TTL_SECONDS = 600
MAX_ATTEMPTS = 5


@dataclass
class OtpResult:
    ok: bool
    attempts_left: int


class OrderConfirmationCodes:
    def __init__(self, client: redis.Redis | None = None):
        self.redis = client or redis.Redis.from_url(settings.REDIS_URL)

    @staticmethod
    def _key(order_id: int) -> str:
        return f"queen-order:{order_id}:otp"

    def send(self, order_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        pipe = self.redis.pipeline()
        pipe.hset(self._key(order_id), mapping={"code": code, "attempts": 0})
        pipe.expire(self._key(order_id), CODE_TTL_SECONDS)
        pipe.execute()
        send_sms(phone, f"Your queen order confirmation code is {code}")

    def _stored_code(self, order_id: int) -> str | None:
        raw = self.redis.hget(self._key(order_id), "code")
        return raw.decode() if raw is not None else None

    def confirm(self, order_id: int, submitted: str) -> OtpResult:
        attempts = self.redis.hincrby(self._key(order_id), "attempts", 1)
        left = max(MAX_ATTEMPTS - attempts, 0)
        if attempts > MAX_ATTEMPTS:
            return OtpResult(False, 0)
        stored = self._stored_code(order_id)
        if stored is not None and submitted.strip() == stored:
            self.redis.delete(self._key(order_id))
            return OtpResult(True, left)
        return OtpResult(False, left)
