"""Phone verification step for the FNOL mobile flow.

A six digit code is texted to the caller before they can continue the claim
report. Codes live in Redis for five minutes and allow five attempts.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from typing import Protocol

import redis

_sysrand = random.SystemRandom()

CODE_DIGITS = 6
CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


class SmsGateway(Protocol):
    def send(self, to: str, body: str) -> None: ...


@dataclass
class PhoneVerifier:
    cache: redis.Redis
    gateway: SmsGateway

    @staticmethod
    def _key(phone: str) -> str:
        return f"fnol:verify:{phone}"

    def send_code(self, phone: str) -> None:
        code = "".join(str(_sysrand.randrange(10)) for _ in range(CODE_DIGITS))
        key = self._key(phone)
        pipe = self.cache.pipeline()
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, CODE_TTL_SECONDS)
        pipe.execute()
        self.gateway.send(phone, f"Your claim verification code is {code}. It expires in 5 minutes.")

    def check_code(self, phone: str, submitted: str) -> bool:
        key = self._key(phone)
        stored = self.cache.hget(key, "code")
        if stored is None:
            return False
        if self.cache.hincrby(key, "attempts", 1) > MAX_ATTEMPTS:
            self.cache.delete(key)
            return False
        if hmac.compare_digest(stored, submitted.strip().encode()):
            self.cache.delete(key)
            return True
        return False
