"""SMS verification of beater mobile numbers.

When a beater joins the roster or changes number, a six-digit code is texted
to the phone; entering it in the app links the number to their record so that
shoot-day messages reach them.
"""
import secrets
from datetime import datetime, timedelta, timezone

from redis.asyncio import Redis

from gamekeeper.config import settings
from gamekeeper.sms import SmsGateway

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5


class MobileVerifier:
    def __init__(self, redis: Redis, sms: SmsGateway):
        self.redis = redis
        self.sms = sms

    @staticmethod
    def _key(beater_id: int) -> str:
        return f"beater:{beater_id}:mobile-code"

    async def start(self, beater_id: int, mobile: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        await self.redis.hset(self._key(beater_id), mapping={"code": code, "mobile": mobile, "tries": 0})
        await self.redis.expire(self._key(beater_id), CODE_TTL)
        await self.sms.send(mobile, f"Your {settings.ESTATE_NAME} beater code is {code}")

    async def confirm(self, beater_id: int, submitted: str) -> bool:
        key = self._key(beater_id)
        record = await self.redis.hgetall(key)
        if not record:
            return False
        tries = await self.redis.hincrby(key, "tries", 1)
        if tries > MAX_TRIES:
            await self.redis.delete(key)
            return False
        stored_code = record[b"code"].decode()
        if submitted.strip() == stored_code:
            await self.redis.delete(key)
            await self._link_mobile(beater_id, record[b"mobile"].decode())
            return True
        return False

    async def _link_mobile(self, beater_id: int, mobile: str) -> None:
        await self.redis.hset(
            f"beater:{beater_id}",
            mapping={"mobile": mobile, "verified_at": datetime.now(timezone.utc).isoformat()},
        )
