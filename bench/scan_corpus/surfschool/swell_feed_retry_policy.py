"""Retry policy for the buoy and swell feeds polled every ten minutes."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, TypeVar

import httpx

T = TypeVar("T")
log = logging.getLogger("feeds.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    retry_statuses: tuple = (429, 500, 502, 503, 504)

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


def with_retries(fn: Callable[[], T], policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> T:
    last: Optional[Exception] = None
    for attempt in range(policy.attempts):
        try:
            return fn()
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code not in policy.retry_statuses:
                raise
            last = exc
        except httpx.TransportError as exc:
            last = exc
        pause = policy.delay_for(attempt)
        log.warning("feed call failed (attempt %d), retrying in %.2fs", attempt + 1, pause)
        sleep(pause)
    assert last is not None
    raise last


def poll_buoy(client: httpx.Client, buoy_id: str) -> dict:
    def call() -> dict:
        resp = client.get(f"/buoys/{buoy_id}/latest")
        resp.raise_for_status()
        return resp.json()

    return with_retries(call)
