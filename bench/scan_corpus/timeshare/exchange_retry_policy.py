"""Retry policy for calls to the exchange network API.

The exchange network rate-limits partners and has short outages during its
nightly inventory rebuild. Calls are retried with capped exponential backoff
and full jitter so that our workers do not retry in lock-step.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


def _is_retryable(exc: Exception) -> bool:
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return True
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return exc.response.status_code in RETRYABLE_STATUS
    return False


def call_with_retries(fn: Callable[[], T], policy: RetryPolicy = RetryPolicy(),
                      sleep: Callable[[float], None] = time.sleep) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return fn()
        except Exception as exc:
            if not _is_retryable(exc):
                raise
            last_exc = exc
            delay = policy.delay_for(attempt)
            log.warning("exchange call failed (attempt %d/%d), retrying in %.2fs: %s",
                        attempt + 1, policy.attempts, delay, exc.__class__.__name__)
            sleep(delay)
    assert last_exc is not None
    raise last_exc
