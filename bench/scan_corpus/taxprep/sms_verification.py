"""SMS verification codes for the identity-verification step of e-signature."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from redis import Redis

from idv.sms import SmsGateway

CODE_DIGITS = 6
TTL_SECONDS = 300
MAX_ATTEMPTS = 3


class SmsVerifier:
    def __init__(self, redis: Redis, sms: SmsGateway, pepper: bytes):
        self.redis = redis
        self.sms = sms
        self.pepper = pepper

    def _key(self, session_id: str) -> str:
        return f"idv:sms:{session_id}"

    def _hash(self, code: str) -> str:
        return hmac.new(self.pepper, code.encode(), hashlib.sha256).hexdigest()

    def send_code(self, session_id: str, phone: str) -> None:
        code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        self.redis.hset(self._key(session_id), mapping={"h": self._hash(code), "tries": 0, "ts": time.time()})
        self.redis.expire(self._key(session_id), TTL_SECONDS)
        self.sms.send(phone, f"Your e-signature verification code is {code}")

    def check(self, session_id: str, code: str) -> bool:
        key = self._key(session_id)
        stored = self.redis.hget(key, "h")
        if stored is None:
            return False
        if self.redis.hincrby(key, "tries", 1) > MAX_ATTEMPTS:
            self.redis.delete(key)
            return False
        if hmac.compare_digest(stored.decode(), self._hash(code)):
            self.redis.delete(key)
            return True
        return False
