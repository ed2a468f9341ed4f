"""Retry policy for talking to the wireless RH/temperature sensors in the store.

Several pollers hit the same gateway; full jitter keeps them from retrying
in lock-step after a gateway reboot.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("tapestry.sensors.retry")

T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_attempts: int = 6

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


RETRYABLE = (requests.ConnectionError, requests.Timeout)


def with_backoff(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> T:
    last_error: Exception | None = None
    for attempt in range(policy.max_attempts):
        try:
            return call()
        except RETRYABLE as exc:
            last_error = exc
            wait = policy.delay_for(attempt)
            log.warning("sensor gateway call failed (%s), retry %d in %.2fs",
                        type(exc).__name__, attempt + 1, wait)
            sleep(wait)
    raise RuntimeError("sensor gateway unreachable") from last_error


def fetch_bay(session: requests.Session, gateway_url: str, bay: str) -> dict:
    def _call() -> dict:
        resp = session.get(f"{gateway_url}/api/v1/bays/{bay}/readings", timeout=10)
        resp.raise_for_status()
        return resp.json()

    return with_backoff(_call)
