"""Second-factor codes for surveyors signing hull survey reports.

Before a survey is countersigned, the surveyor confirms with a six-digit
code sent to their phone. Codes live in Redis for five minutes.
"""
import secrets

from redis.asyncio import Redis

from shipwright.config import settings
from shipwright.sms import send_sms_async

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


class SignatureChallenge:
    def __init__(self, redis: Redis, surveyor_id: int, survey_id: int) -> None:
        self.redis = redis
        self.key = f"survey-sign:{survey_id}:{surveyor_id}"
        self.attempts_key = self.key + ":attempts"

    async def send(self, mobile: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        await self.redis.set(self.key, code, ex=CODE_TTL_SECONDS)
        await self.redis.delete(self.attempts_key)
        await send_sms_async(mobile, f"{settings.yard_name} survey signing code: {code}")

    async def _stored_code(self) -> str | None:
        raw = await self.redis.get(self.key)
        return raw.decode("ascii") if raw else None

    async def verify(self, submitted: str) -> bool:
        attempts = await self.redis.incr(self.attempts_key)
        await self.redis.expire(self.attempts_key, CODE_TTL_SECONDS)
        if attempts > MAX_ATTEMPTS:
            await self.redis.delete(self.key)
            return False
        stored = await self._stored_code()
        if stored is None:
            return False
        matched = stored == submitted.strip()
        if matched:
            await self.redis.delete(self.key, self.attempts_key)
        return matched
