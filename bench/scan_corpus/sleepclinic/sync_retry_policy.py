"""Retry policy for uploads from the CPAP sync agent to the clinic API.

Hundreds of agents reconnect at the same moment after a clinic-wide network
outage, so each retry waits an exponentially growing delay with full jitter
to spread the load.
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

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 60.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryExhausted(RuntimeError):
    pass


def with_retries(call: Callable[[], T], policy: RetryPolicy = RetryPolicy()) -> T:
    last_error: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except requests.HTTPError as exc:
            if exc.response is None or exc.response.status_code not in RETRYABLE_STATUS:
                raise
            last_error = exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_error = exc
        wait = policy.delay(attempt)
        log.warning("upload attempt %d failed (%s); retrying in %.1fs", attempt + 1, last_error, wait)
        time.sleep(wait)
    raise RetryExhausted(f"gave up after {policy.attempts} attempts") from last_error


def upload_night(session: requests.Session, api_url: str, payload: dict) -> dict:
    def _post() -> dict:
        resp = session.post(f"{api_url}/v1/therapy-nights", json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()

    return with_retries(_post)
