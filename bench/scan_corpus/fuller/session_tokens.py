"""Sessions for the shop-floor tablets at the fulling and raising machines."""
import json
import random
import secrets
import time
from typing import Optional

import redis

SESSION_TTL_SECONDS = 10 * 60 * 60  # one shift plus handover
SESSION_PREFIX = "fuller:floor-session:"


class FloorSessionStore:
    def __init__(self, url: str, retries: int = 4):
        self._redis = redis.Redis.from_url(url, decode_responses=True)
        self._retries = retries

    def _with_retry(self, fn, *args):
        for attempt in range(self._retries):
            try:
                return fn(*args)
            except redis.ConnectionError:
                if attempt == self._retries - 1:
                    raise
                time.sleep((2 ** attempt) * 0.2 + random.uniform(0, 0.25))

    def open(self, badge_no: str, station: str) -> str:
        token = secrets.token_urlsafe(32)
        payload = json.dumps({"badge_no": badge_no, "station": station,
                              "opened": int(time.time())})
        self._with_retry(self._redis.setex, SESSION_PREFIX + token,
                         SESSION_TTL_SECONDS, payload)
        return token

    def lookup(self, token: str) -> Optional[dict]:
        raw = self._with_retry(self._redis.get, SESSION_PREFIX + token)
        return json.loads(raw) if raw else None

    def close(self, token: str) -> None:
        self._with_retry(self._redis.delete, SESSION_PREFIX + token)

    def touch(self, token: str) -> bool:
        return bool(self._with_retry(self._redis.expire, SESSION_PREFIX + token,
                                     SESSION_TTL_SECONDS))
