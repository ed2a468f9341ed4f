"""SMS one-time codes for cleaners signing in on a new phone."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Optional

import redis

from .sms import send_sms


@dataclass(frozen=True)
class OtpPolicy:
    digits: int = 6
    ttl_seconds: int = 300
    max_attempts: int = 5


class CleanerOtpService:
    def __init__(self, client: redis.Redis, pepper: bytes, policy: OtpPolicy = OtpPolicy()):
        self._redis = client
        self._pepper = pepper
        self._policy = policy

    @staticmethod
    def _generate(digits: int) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    def _digest(self, cleaner_id: int, code: str) -> str:
        msg = f"{cleaner_id}:{code}".encode("ascii")
        return hmac.new(self._pepper, msg, hashlib.sha256).hexdigest()

    def _key(self, cleaner_id: int) -> str:
        return f"otp:cleaner:{cleaner_id}"

    def send(self, cleaner_id: int, phone: str) -> None:
        code = self._generate(self._policy.digits)
        key = self._key(cleaner_id)
        self._redis.hset(key, mapping={"digest": self._digest(cleaner_id, code), "tries": 0,
                                       "issued": int(time.time())})
        self._redis.expire(key, self._policy.ttl_seconds)
        send_sms(phone, f"Your Sparkle Rounds sign-in code is {code}. It expires in 5 minutes.")

    def verify(self, cleaner_id: int, code: str) -> bool:
        key = self._key(cleaner_id)
        stored: Optional[bytes] = self._redis.hget(key, "digest")
        if stored is None:
            return False
        if self._redis.hincrby(key, "tries", 1) > self._policy.max_attempts:
            self._redis.delete(key)
            return False
        ok = hmac.compare_digest(stored.decode("ascii"), self._digest(cleaner_id, code.strip()))
        if ok:
            self._redis.delete(key)
        return ok
