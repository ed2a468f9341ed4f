"""Retry wrapper used when the upper-winds provider rate-limits the briefing job."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Tuple, Type, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("briefing.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_s: float = 0.5
    cap_s: float = 20.0
    retry_on: Tuple[Type[BaseException], ...] = (requests.ConnectionError, requests.Timeout)

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingCaller:
    """Calls a function, sleeping with full jitter between transient failures."""

    def __init__(self, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self.sleep = sleep

    def __call__(self, fn: Callable[[], T]) -> T:
        last: BaseException | None = None
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except self.policy.retry_on as exc:
                last = exc
                wait = self.policy.delay(attempt)
                log.info("winds-aloft fetch failed (%s); retry %d in %.2fs",
                         type(exc).__name__, attempt + 1, wait)
                self.sleep(wait)
        assert last is not None
        raise last


def fetch_winds(session: requests.Session, url: str, station: str) -> dict:
    caller = RetryingCaller()

    def _once() -> dict:
        resp = session.get(url, params={"station": station}, timeout=10)
        if resp.status_code == 429:
            raise requests.ConnectionError("rate limited")
        resp.raise_for_status()
        return resp.json()

    return caller(_once)
