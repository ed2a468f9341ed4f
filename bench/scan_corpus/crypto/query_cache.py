"""Redis cache in front of the reporting warehouse."""
import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any

import redis

log = logging.getLogger(__name__)

DEFAULT_TTL = 15 * 60


def cache_key(report: str, params: dict[str, Any]) -> str:
    canonical = json.dumps(params, sort_keys=True, default=str).encode("utf-8")
    digest = hashlib.md5(canonical, usedforsecurity=False).hexdigest()
    return f"report:{report}:{digest}"


class ReportCache:
    def __init__(self, client: redis.Redis, ttl: int = DEFAULT_TTL) -> None:
        self._client = client
        self._ttl = ttl

    def get_or_compute(
        self, report: str, params: dict[str, Any], compute: Callable[[], list[dict]]
    ) -> list[dict]:
        key = cache_key(report, params)
        cached = self._client.get(key)
        if cached is not None:
            log.debug("cache hit %s", key)
            return json.loads(cached)
        rows = compute()
        self._client.set(key, json.dumps(rows, default=str), ex=self._ttl)
        return rows

    def invalidate(self, report: str) -> int:
        removed = 0
        for key in self._client.scan_iter(match=f"report:{report}:*", count=500):
            removed += self._client.delete(key)
        return removed
