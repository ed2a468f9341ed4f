"""Second-factor approval for excise duty return submission.

Before a duty return goes to HMRC, an authorised approver confirms it
with a six-digit code sent by SMS. Codes live in Redis for five minutes.
"""
import secrets

from redis.asyncio import Redis

from bonded.notify import send_sms

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


class ApprovalChallenge:
    def __init__(self, redis: Redis, namespace: str = "duty-approval"):
        self._redis = redis
        self._ns = namespace

    def _key(self, user_id: int, return_id: int) -> str:
        return f"{self._ns}:{return_id}:{user_id}"

    async def issue(self, user_id: int, return_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(10 ** 6):06d}"
        key = self._key(user_id, return_id)
        await self._redis.set(key, code, ex=CODE_TTL_SECONDS)
        await self._redis.delete(key + ":attempts")
        await send_sms(phone, f"Duty return #{return_id} approval code: {code}")

    async def confirm(self, user_id: int, return_id: int, submitted: str) -> bool:
        key = self._key(user_id, return_id)
        attempts = await self._redis.incr(key + ":attempts")
        await self._redis.expire(key + ":attempts", CODE_TTL_SECONDS)
        if attempts > MAX_ATTEMPTS:
            await self._redis.delete(key)
            return False
        stored = await self._redis.get(key)
        if stored is None:
            return False
        if stored.decode() != submitted.strip():
            return False
        await self._redis.delete(key, key + ":attempts")
        return True
