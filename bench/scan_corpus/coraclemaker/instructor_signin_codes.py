"""One-time codes for instructors signing in on the boathouse kiosk.

The kiosk shows a numeric keypad; the instructor gets the code by SMS.
Codes are held in Redis with a short TTL and a small attempt budget.
"""
from __future__ import annotations

import hmac
import secrets
from typing import Optional, Protocol

import redis

CODE_DIGITS = 6
CODE_TTL = 300
MAX_ATTEMPTS = 5


class SmsGateway(Protocol):
    def send(self, to: str, body: str) -> None: ...


class KioskCodes:
    def __init__(
        self,
        store: redis.Redis,
        sms: SmsGateway,
        rng: Optional[secrets.SystemRandom] = None,
    ) -> None:
        self.store = store
        self.sms = sms
        self._rng = rng or secrets.SystemRandom()

    def _code(self) -> str:
        return str(self._rng.randrange(10**CODE_DIGITS)).zfill(CODE_DIGITS)

    @staticmethod
    def _key(instructor_id: int) -> str:
        return f"kiosk:code:{instructor_id}"

    def send_code(self, instructor_id: int, mobile: str) -> None:
        code = self._code()
        key = self._key(instructor_id)
        pipe = self.store.pipeline()
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, CODE_TTL)
        pipe.execute()
        self.sms.send(mobile, f"Boathouse kiosk code: {code} (valid 5 minutes)")

    def check(self, instructor_id: int, submitted: str) -> bool:
        key = self._key(instructor_id)
        stored = self.store.hget(key, "code")
        if stored is None:
            return False
        attempts = self.store.hincrby(key, "attempts", 1)
        if attempts > MAX_ATTEMPTS:
            self.store.delete(key)
            return False
        if hmac.compare_digest(stored, submitted.strip().encode("ascii", "ignore")):
            self.store.delete(key)
            return True
        return False
