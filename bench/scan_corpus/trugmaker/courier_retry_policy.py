"""Retry policy for calls to the courier's tracking API.

The courier rate-limits aggressively around the Christmas peak, when
most trugs go out. Tracking refreshes for hundreds of parcels are
spread out with exponential backoff and random jitter so the workers do
not all retry at the same instant.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("trug.courier.retry")
T = TypeVar("T")

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    jitter: float = 0.25

    def delay(self, attempt: int) -> float:
        raw = min(self.max_delay, self.base_delay * (2 ** attempt))
        return raw * random.uniform(1 - self.jitter, 1 + self.jitter)


def with_retries(call: Callable[[], requests.Response], policy: BackoffPolicy = BackoffPolicy()) -> requests.Response:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            resp = call()
            if resp.status_code not in RETRYABLE_STATUS:
                return resp
            retry_after = resp.headers.get("Retry-After")
            wait = float(retry_after) if retry_after and retry_after.isdigit() else policy.delay(attempt)
            log.info("courier returned %s, retrying in %.1fs", resp.status_code, wait)
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
            wait = policy.delay(attempt)
            log.info("courier unreachable (%s), retrying in %.1fs", type(exc).__name__, wait)
        time.sleep(wait)
    if last_exc is not None:
        raise last_exc
    return resp


class TrackingRefresher:
    def __init__(self, session: requests.Session, base_url: str) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")

    def status(self, tracking_number: str) -> dict:
        resp = with_retries(
            lambda: self._session.get(f"{self._base_url}/tracking/{tracking_number}", timeout=10)
        )
        resp.raise_for_status()
        return resp.json()

    def refresh_all(self, tracking_numbers: list[str]) -> dict[str, str]:
        results = {}
        for number in tracking_numbers:
            results[number] = self.status(number).get("status", "unknown")
        return results
