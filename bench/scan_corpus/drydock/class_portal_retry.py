"""Retry policy for calls to the classification society's certificate API."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingCaller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(), sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self._sleep = sleep

    def _retryable(self, exc: Exception) -> bool:
        if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
            return True
        resp = getattr(exc, "response", None)
        return resp is not None and resp.status_code in self.policy.retry_statuses

    def call(self, fn: Callable[[], T]) -> T:
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except requests.RequestException as exc:
                if attempt == self.policy.attempts - 1 or not self._retryable(exc):
                    raise
                self._sleep(self.policy.delay(attempt))
        raise RuntimeError("unreachable")


def fetch_certificates(session: requests.Session, base_url: str, imo: str) -> list[dict]:
    def _get() -> list[dict]:
        resp = session.get(f"{base_url}/vessels/{imo}/certificates", timeout=10)
        resp.raise_for_status()
        return resp.json()["certificates"]

    return RetryingCaller().call(_get)
