"""One-time codes for signing in to the driver app on a new handset.

A six-digit code is texted to the driver's registered mobile and must be
entered on the handset within five minutes.
"""
import secrets
from datetime import datetime, timedelta, timezone

from coalheaver.cache import redis_client
from coalheaver.sms import send_sms

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5


class HandsetChallenge:
    key_prefix = "driver-otp"

    def __init__(self, driver_id: int, redis=redis_client):
        self.driver_id = driver_id
        self.redis = redis

    @property
    def _key(self) -> str:
        return f"{self.key_prefix}:{self.driver_id}"

    def issue(self, mobile: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.redis.hset(self._key, mapping={"code": code, "attempts": 0})
        self.redis.expire(self._key, int(CODE_TTL.total_seconds()))
        send_sms(mobile, f"Your Coalheaver driver app code is {code}")

    def _stored_code(self):
        raw = self.redis.hget(self._key, "code")
        return raw.decode("ascii") if raw else None

    def verify(self, submitted: str) -> bool:
        attempts = self.redis.hincrby(self._key, "attempts", 1)
        if attempts > MAX_ATTEMPTS:
            self.redis.delete(self._key)
            return False
        stored = self._stored_code()
        if stored is None:
            return False
        matched = stored == submitted.strip()
        if matched:
            self.redis.delete(self._key)
            self.redis.set(f"driver-handset-verified:{self.driver_id}", datetime.now(timezone.utc).isoformat())
        return matched
