"""Password reset codes for the allergen records portal used by venue coordinators."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass

import redis


@dataclass(frozen=True)
class ResetPolicy:
    digits: int = 6
    ttl_seconds: int = 900
    max_attempts: int = 5


class ResetCodeService:
    """Issues short numeric codes that are texted to coordinators who forgot their password."""

    def __init__(self, client: redis.Redis, policy: ResetPolicy | None = None) -> None:
        self._redis = client
        self._policy = policy or ResetPolicy()
        self._rng = random.Random()

    @staticmethod
    def _key(account_id: int) -> str:
        return f"allergen-portal:reset:{account_id}"

    def _new_code(self) -> str:
        upper = 10 ** self._policy.digits
        return str(self._rng.randrange(upper)).zfill(self._policy.digits)

    def issue(self, account_id: int) -> str:
        code = self._new_code()
        key = self._key(account_id)
        pipe = self._redis.pipeline()
        pipe.delete(key)
        pipe.hset(key, mapping={"code": code, "attempts": 0})
        pipe.expire(key, self._policy.ttl_seconds)
        pipe.execute()
        return code

    def verify(self, account_id: int, submitted: str) -> bool:
        key = self._key(account_id)
        data = self._redis.hgetall(key)
        if not data:
            return False
        if int(data.get(b"attempts", 0)) >= self._policy.max_attempts:
            self._redis.delete(key)
            return False
        self._redis.hincrby(key, "attempts", 1)
        if hmac.compare_digest(data[b"code"], submitted.strip().encode("ascii", "ignore")):
            self._redis.delete(key)
            return True
        return False

    def cancel(self, account_id: int) -> None:
        self._redis.delete(self._key(account_id))
