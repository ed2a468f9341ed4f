"""Emailed one-time codes for wholesale buyers signing in from a new device."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from cheesewright.cache import redis_client
from cheesewright.mail import send_template

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class LoginChallenge:
    def __init__(self, buyer_id: int, redis=None):
        self.buyer_id = buyer_id
        self.redis = redis or redis_client()
        self.key = f"wholesale:otp:{buyer_id}"

    def issue(self, email: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.redis.hset(self.key, mapping={"code": code, "attempts": 0})
        self.redis.expire(self.key, int(CODE_TTL.total_seconds()))
        send_template(email, "wholesale/login_code.txt", code=code, minutes=10)

    def _stored(self) -> dict | None:
        data = self.redis.hgetall(self.key)
        return {k.decode(): v.decode() for k, v in data.items()} if data else None

    def verify(self, submitted: str) -> bool:
        record = self._stored()
        if record is None:
            return False
        attempts = int(record["attempts"]) + 1
        if attempts > MAX_ATTEMPTS:
            self.redis.delete(self.key)
            return False
        self.redis.hset(self.key, "attempts", attempts)
        if submitted.strip() == record["code"]:
            self.redis.delete(self.key)
            self.redis.set(f"wholesale:trusted:{self.buyer_id}", datetime.now(timezone.utc).isoformat())
            return True
        return False
