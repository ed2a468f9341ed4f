"""Retry wrapper for calls to partner venue booking systems during tour planning."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("touring.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    retry_statuses: tuple[int, ...] = (429, 502, 503, 504)


class RetryingCaller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.policy = policy

    def _delay(self, attempt: int) -> float:
        ceiling = min(self.policy.max_delay, self.policy.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    def _should_retry(self, exc: Exception) -> bool:
        if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
            return True
        if isinstance(exc, requests.HTTPError) and exc.response is not None:
            return exc.response.status_code in self.policy.retry_statuses
        return False

    def call(self, fn: Callable[[], T]) -> T:
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except Exception as exc:
                if attempt == self.policy.attempts - 1 or not self._should_retry(exc):
                    raise
                wait = self._delay(attempt)
                log.warning("Venue call failed (%s); retrying in %.2fs", exc, wait)
                time.sleep(wait)
        raise RuntimeError("unreachable")


def fetch_calendar(session: requests.Session, url: str) -> dict:
    def _get() -> dict:
        response = session.get(url, timeout=10)
        response.raise_for_status()
        return response.json()

    return RetryingCaller().call(_get)
