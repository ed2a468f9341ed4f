"""Read-through cache for the expensive dashboard report queries.

Several web workers and the nightly precompute job share one Redis instance,
so a report computed by any of them is reused by the others.
"""
import functools
import hashlib
import logging
import os
import pickle
from typing import Any, Callable

import redis

log = logging.getLogger(__name__)

DEFAULT_TTL = int(os.environ.get("REPORT_CACHE_TTL", "900"))


class ReportCache:
    def __init__(self, url: str | None = None, prefix: str = "reports:") -> None:
        self._redis = redis.Redis.from_url(url or os.environ["REDIS_URL"])
        self._prefix = prefix

    def _key(self, name: str, params: dict) -> str:
        digest = hashlib.sha256(repr(sorted(params.items())).encode()).hexdigest()[:24]
        return f"{self._prefix}{name}:{digest}"

    def get(self, name: str, params: dict) -> Any | None:
        raw = self._redis.get(self._key(name, params))
        if raw is None:
            return None
        return pickle.loads(raw)

    def set(self, name: str, params: dict, value: Any, ttl: int = DEFAULT_TTL) -> None:
        self._redis.setex(self._key(name, params), ttl, pickle.dumps(value))

    def invalidate(self, name: str) -> int:
        removed = 0
        for key in self._redis.scan_iter(match=f"{self._prefix}{name}:*"):
            removed += self._redis.delete(key)
        log.info("invalidated %d cached entries for %s", removed, name)
        return removed

    def cached(self, name: str, ttl: int = DEFAULT_TTL) -> Callable:
        def decorator(fn: Callable) -> Callable:
            @functools.wraps(fn)
            def wrapper(**params: Any) -> Any:
                hit = self.get(name, params)
                if hit is not None:
                    return hit
                value = fn(**params)
                self.set(name, params, value, ttl)
                return value

            return wrapper

        return decorator
