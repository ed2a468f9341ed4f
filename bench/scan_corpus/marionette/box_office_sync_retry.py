"""Pushes performance seat counts to the box-office platform with retry and backoff."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Iterable

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


RETRYABLE_STATUS = {429, 502, 503, 504}


def with_retries(call: Callable[[], requests.Response], policy: RetryPolicy) -> requests.Response:
    last_error: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            response = call()
            if response.status_code not in RETRYABLE_STATUS:
                response.raise_for_status()
                return response
            last_error = requests.HTTPError(f"retryable status {response.status_code}")
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_error = exc
        pause = policy.delay_for(attempt)
        log.warning("box office sync attempt %d failed, retrying in %.2fs", attempt + 1, pause)
        time.sleep(pause)
    raise RuntimeError("box office sync gave up") from last_error


def push_capacity(
    session: requests.Session,
    base_url: str,
    performances: Iterable[dict],
    policy: RetryPolicy = RetryPolicy(),
) -> int:
    pushed = 0
    for perf in performances:
        url = f"{base_url.rstrip('/')}/v2/events/{perf['event_id']}/capacity"
        body = {"capacity": perf["capacity"], "held": perf.get("held_for_schools", 0)}
        with_retries(lambda: session.put(url, json=body, timeout=10), policy)
        pushed += 1
    return pushed
