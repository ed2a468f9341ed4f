"""Server-side session storage backed by Redis."""
import json
import os
import secrets
from datetime import timedelta
from typing import Any

import redis

SESSION_TTL = timedelta(hours=int(os.environ.get("SESSION_TTL_HOURS", "12")))


class RedisSessionStore:
    key_prefix = "sess:"

    def __init__(self, client: redis.Redis | None = None) -> None:
        self.client = client or redis.Redis.from_url(os.environ["REDIS_URL"])

    def _key(self, sid: str) -> str:
        return f"{self.key_prefix}{sid}"

    def create(self, data: dict[str, Any]) -> str:
        sid = secrets.token_urlsafe(32)
        self.save(sid, data)
        return sid

    def load(self, sid: str) -> dict[str, Any]:
        raw = self.client.get(self._key(sid))
        if raw is None:
            return {}
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            self.delete(sid)
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, sid: str, data: dict[str, Any]) -> None:
        payload = json.dumps(data, separators=(",", ":"), default=str)
        self.client.setex(self._key(sid), SESSION_TTL, payload)

    def touch(self, sid: str) -> None:
        self.client.expire(self._key(sid), SESSION_TTL)

    def delete(self, sid: str) -> None:
        self.client.delete(self._key(sid))
