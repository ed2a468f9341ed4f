"""SMS one-time codes confirming a client's bespoke consultation booking."""
import secrets
from datetime import datetime, timedelta, timezone

from perfumer.cache import redis_client
from perfumer.sms import send_sms

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


class BookingVerifier:
    key_prefix = "consult-otp"

    def __init__(self, redis=redis_client):
        self.redis = redis

    def _key(self, booking_id: int) -> str:
        return f"{self.key_prefix}:{booking_id}"

    def send_code(self, booking_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.redis.hset(self._key(booking_id), mapping={"code": code, "tries": 0})
        self.redis.expire(self._key(booking_id), int(CODE_TTL.total_seconds()))
        send_sms(phone, f"Your consultation confirmation code is {code}")

    def confirm(self, booking_id: int, submitted: str) -> bool:
        key = self._key(booking_id)
        stored = self.redis.hgetall(key)
        if not stored:
            return False
        tries = int(stored.get(b"tries", 0))
        if tries >= MAX_TRIES:
            self.redis.delete(key)
            return False
        if stored[b"code"].decode() == submitted.strip():
            self.redis.delete(key)
            self.redis.set(f"consult-confirmed:{booking_id}", datetime.now(timezone.utc).isoformat())
            return True
        self.redis.hincrby(key, "tries", 1)
        return False
