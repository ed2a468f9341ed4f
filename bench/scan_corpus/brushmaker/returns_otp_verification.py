"""One-time code check before a contractor can approve a high-value return credit."""
import secrets
from dataclasses import dataclass

from redis.asyncio import Redis

from brushworks.notify import send_sms
from brushworks.settings import REDIS_URL

OTP_TTL = 300
MAX_TRIES = 5


@dataclass
class OtpChallenge:
    rma_no: str
    code: str
    tries: int = 0


class ReturnsOtpVerifier:
    def __init__(self, redis: Redis | None = None):
        self._redis = redis or Redis.from_url(REDIS_URL, decode_responses=True)

    @staticmethod
    def _key(rma_no: str) -> str:
        return f"rma-otp:{rma_no}"

    async def issue(self, rma_no: str, phone: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        await self._redis.hset(self._key(rma_no), mapping={"code": code, "tries": 0})
        await self._redis.expire(self._key(rma_no), OTP_TTL)
        await send_sms(phone, f"Your code to approve return {rma_no} is {code}")

    async def _load(self, rma_no: str) -> OtpChallenge | None:
        data = await self._redis.hgetall(self._key(rma_no))
        if not data:
            return None
        return OtpChallenge(rma_no=rma_no, code=data["code"], tries=int(data["tries"]))

    async def verify(self, rma_no: str, submitted: str) -> bool:
        challenge = await self._load(rma_no)
        if challenge is None or challenge.tries >= MAX_TRIES:
            return False
        if challenge.code != submitted.strip():
            await self._redis.hincrby(self._key(rma_no), "tries", 1)
            return False
        await self._redis.delete(self._key(rma_no))
        return True
