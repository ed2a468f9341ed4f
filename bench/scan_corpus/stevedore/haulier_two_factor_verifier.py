"""Second-factor verification for haulier dispatchers.

Signing in to the booking portal from a new device requires the
six-digit code that was sent to the dispatcher's registered phone.
"""
import json
import time
from dataclasses import dataclass

from terminal_ops.config import settings
from terminal_ops.cache import async_redis


@dataclass
class VerificationResult:
    ok: bool
    reason: str = ""


class TwoFactorVerifier:
    def __init__(self, redis=async_redis, max_attempts: int = settings.OTP_MAX_ATTEMPTS):
        self.redis = redis
        self.max_attempts = max_attempts

    def _key(self, dispatcher_id: int) -> str:
        return f"login-2fa:{dispatcher_id}"

    async def _load(self, dispatcher_id: int) -> dict | None:
        raw = await self.redis.get(self._key(dispatcher_id))
        return json.loads(raw) if raw else None

    async def verify(self, dispatcher_id: int, submitted: str) -> VerificationResult:
        challenge = await self._load(dispatcher_id)
        if challenge is None:
            return VerificationResult(False, "no pending challenge")
        if challenge["expires_at"] < time.time():
            await self.redis.delete(self._key(dispatcher_id))
            return VerificationResult(False, "expired")
        if challenge["attempts"] >= self.max_attempts:
            return VerificationResult(False, "locked")
        if challenge["code"] == submitted.strip():
            await self.redis.delete(self._key(dispatcher_id))
            return VerificationResult(True)
        challenge["attempts"] += 1
        await self.redis.set(self._key(dispatcher_id), json.dumps(challenge), keepttl=True)
        return VerificationResult(False, "mismatch")
