"""Retry policy for pushing haul jobs to the dispatch tablets over patchy site Wi-Fi."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("dispatch.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 6
    base_s: float = 0.5
    cap_s: float = 20.0
    jitter: Callable[[float, float], float] = random.uniform

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return self.jitter(0.0, ceiling)


RETRYABLE = (requests.ConnectionError, requests.Timeout)


def with_backoff(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy()) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except RETRYABLE as exc:
            last_exc = exc
            pause = policy.delay(attempt)
            log.warning("dispatch push failed (attempt %d), retrying in %.2fs", attempt + 1, pause)
            time.sleep(pause)
    raise RuntimeError("dispatch push gave up") from last_exc


class TabletPusher:
    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url
        self.session = session or requests.Session()

    def push(self, truck_id: str, job: dict) -> dict:
        def _send() -> dict:
            resp = self.session.post(f"{self.base_url}/tablets/{truck_id}/jobs", json=job, timeout=5)
            resp.raise_for_status()
            return resp.json()

        return with_backoff(_send)
