"""Retry wrapper for calls to the parcel courier's API.

The courier rate-limits label creation at peak times (Monday mornings when
the subscription run is packed). Calls are retried with exponential
backoff and full jitter so the packing stations don't retry in lockstep.
"""
from __future__ import annotations

import logging
import random
import time
import uuid
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("shipping.retry")

T = TypeVar("T")
RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingCourierSession:
    def __init__(self, session: requests.Session, policy: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.session = session
        self.policy = policy or RetryPolicy()
        self._sleep = sleep

    def post(self, url: str, **kwargs) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        return self._with_retries(lambda: self.session.post(url, headers=headers, **kwargs))

    def get(self, url: str, **kwargs) -> requests.Response:
        return self._with_retries(lambda: self.session.get(url, **kwargs))

    def _with_retries(self, call: Callable[[], requests.Response]) -> requests.Response:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                response = call()
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
            else:
                if response.status_code not in RETRYABLE_STATUS:
                    return response
                last_error = requests.HTTPError(f"status {response.status_code}", response=response)
            wait = self.policy.delay(attempt)
            log.warning("courier call failed (attempt %d, %s), retrying in %.1fs",
                        attempt + 1, type(last_error).__name__, wait)
            self._sleep(wait)
        assert last_error is not None
        raise last_error
