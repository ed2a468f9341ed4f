"""Retry policy for pushing visit updates to the carer app backend.

The backend rate-limits bursts from the office system, so failed pushes
are retried with exponential backoff and full jitter to avoid every
branch retrying at the same instant after an outage.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    base_seconds: float = 0.5
    cap_seconds: float = 30.0
    max_attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingPusher:
    def __init__(self, client: httpx.Client, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep):
        self.client = client
        self.policy = policy
        self.sleep = sleep

    def _should_retry(self, exc: Exception) -> bool:
        if isinstance(exc, httpx.TransportError):
            return True
        if isinstance(exc, httpx.HTTPStatusError):
            return exc.response.status_code in RETRYABLE_STATUS
        return False

    def call(self, fn: Callable[[], T], label: str) -> T:
        for attempt in range(self.policy.max_attempts):
            try:
                return fn()
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                if not self._should_retry(exc) or attempt == self.policy.max_attempts - 1:
                    raise
                wait = self.policy.delay(attempt)
                log.warning("%s failed (%s); retry %d in %.1fs", label, type(exc).__name__, attempt + 1, wait)
                self.sleep(wait)
        raise RuntimeError("unreachable")

    def push_visit(self, visit: dict) -> dict:
        def _send() -> dict:
            resp = self.client.put(f"/v2/visits/{visit['id']}", json=visit)
            resp.raise_for_status()
            return resp.json()

        return self.call(_send, f"push visit {visit['id']}")
