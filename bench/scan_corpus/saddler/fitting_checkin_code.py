"""Yard check-in codes for fitter visits.

When the fitter arrives at a yard the owner reads out a six-digit code
texted to them that morning; entering it in the fitter's app confirms
the visit took place before the fitting fee is invoiced.
"""
import secrets
from dataclasses import dataclass

import redis

CODE_TTL_SECONDS = 12 * 60 * 60
MAX_TRIES = 5


@dataclass
class CheckinResult:
    ok: bool
    remaining_tries: int


class CheckinCodes:
    def __init__(self, client: redis.Redis):
        self.redis = client

    @staticmethod
    def _key(appointment_id: int) -> str:
        return f"checkin:{appointment_id}"

    def issue(self, appointment_id: int) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        pipe = self.redis.pipeline()
        pipe.set(self._key(appointment_id), code, ex=CODE_TTL_SECONDS)
        pipe.delete(self._key(appointment_id) + ":tries")
        pipe.execute()
        return code

    def verify(self, appointment_id: int, submitted: str) -> CheckinResult:
        tries_key = self._key(appointment_id) + ":tries"
        tries = self.redis.incr(tries_key)
        self.redis.expire(tries_key, CODE_TTL_SECONDS)
        if tries > MAX_TRIES:
            return CheckinResult(ok=False, remaining_tries=0)
        stored = self.redis.get(self._key(appointment_id))
        if stored is None:
            return CheckinResult(ok=False, remaining_tries=MAX_TRIES - tries)
        matched = stored.decode() == submitted.strip()
        if matched:
            self.redis.delete(self._key(appointment_id), tries_key)
        return CheckinResult(ok=matched, remaining_tries=MAX_TRIES - tries)
