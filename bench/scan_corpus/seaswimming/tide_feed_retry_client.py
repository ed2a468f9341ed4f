"""HTTP client for the national tide gauge feed with polite retries."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Any

import requests

log = logging.getLogger("tide_feed")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class TideFeedClient:
    RETRY_STATUSES = {429, 500, 502, 503, 504}

    def __init__(self, base_url: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self._base_url = base_url.rstrip("/")
        self._policy = policy
        self._session = requests.Session()
        self._session.headers["Accept"] = "application/json"

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        last_error: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.get(f"{self._base_url}{path}", params=params, timeout=15)
                if resp.status_code not in self.RETRY_STATUSES:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"HTTP {resp.status_code}")
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
            pause = self._policy.delay_for(attempt)
            log.info("Tide feed %s retry %d in %.1fs", path, attempt + 1, pause)
            time.sleep(pause)
        raise RuntimeError(f"tide feed {path} failed after retries") from last_error

    def latest_level(self, station_id: str) -> dict[str, Any]:
        return self._get(f"/stations/{station_id}/readings", {"latest": "true"})

    def readings_since(self, station_id: str, since_iso: str) -> list[dict[str, Any]]:
        return self._get(f"/stations/{station_id}/readings", {"since": since_iso})["items"]
