"""Retry policy for GPS batch uploads from plough units on patchy rural coverage."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("winter.gps.upload")


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    max_attempts: int = 8

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingUploader:
    retry_statuses = frozenset({429, 500, 502, 503, 504})

    def __init__(self, policy: BackoffPolicy | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep

    def call(self, fn: Callable[[], T]) -> T:
        last_exc: Exception | None = None
        for attempt in range(self.policy.max_attempts):
            try:
                return fn()
            except requests.HTTPError as exc:
                if exc.response is None or exc.response.status_code not in self.retry_statuses:
                    raise
                last_exc = exc
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_exc = exc
            wait = self.policy.delay_for(attempt)
            log.warning("upload attempt %d failed (%s); retrying in %.1fs", attempt + 1, last_exc, wait)
            self.sleep(wait)
        assert last_exc is not None
        raise last_exc


def upload_batch(session: requests.Session, url: str, points: list[dict]) -> int:
    def _send() -> int:
        resp = session.post(url, json={"points": points}, timeout=10)
        resp.raise_for_status()
        return resp.json()["accepted"]

    return RetryingUploader().call(_send)
