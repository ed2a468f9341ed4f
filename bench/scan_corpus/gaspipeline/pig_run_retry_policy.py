"""Retry policy for pushing pig-tracking passage events to the scheduling service."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

log = logging.getLogger("pigging.retry")
T = TypeVar("T")

RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 0.5
    cap_s: float = 30.0
    max_attempts: int = 6
    jitter: Callable[[float, float], float] = random.uniform

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return self.jitter(0.0, ceiling)


def with_retries(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy()) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.max_attempts):
        try:
            return call()
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code not in RETRYABLE_STATUS:
                raise
            last_exc = exc
        except httpx.TransportError as exc:
            last_exc = exc
        pause = policy.delay(attempt)
        log.warning("attempt %d failed (%s); sleeping %.2fs", attempt + 1, last_exc, pause)
        time.sleep(pause)
    assert last_exc is not None
    raise last_exc


def post_passage(client: httpx.Client, run_id: str, tracker: str, passed_at: str) -> None:
    def _send() -> None:
        resp = client.post(f"/runs/{run_id}/passages", json={"tracker": tracker, "passed_at": passed_at})
        resp.raise_for_status()

    with_retries(_send)
