"""Retry policy for calls to the deposit gateway and the courier booking API."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("organgrinder.retry")

T = TypeVar("T")

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    jitter: float = 0.3

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        spread = ceiling * self.jitter
        return max(0.0, ceiling + random.uniform(-spread, spread))


class RetryingCaller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(), sleep: Callable[[float], None] = time.sleep):
        self.policy = policy
        self.sleep = sleep

    def call(self, label: str, fn: Callable[[], requests.Response]) -> requests.Response:
        last_exc: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                response = fn()
                if response.status_code not in RETRYABLE_STATUS:
                    return response
                log.info("%s returned %s (attempt %d)", label, response.status_code, attempt + 1)
                retry_after = response.headers.get("Retry-After")
                if retry_after and retry_after.isdigit():
                    self.sleep(min(float(retry_after), self.policy.max_delay))
                    continue
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_exc = exc
                log.info("%s failed: %s (attempt %d)", label, type(exc).__name__, attempt + 1)
            self.sleep(self.policy.delay_for(attempt))
        if last_exc is not None:
            raise last_exc
        raise RuntimeError(f"{label}: gave up after {self.policy.attempts} attempts")


def fetch_courier_quote(session: requests.Session, base_url: str, organ_weight_kg: int, postcode: str):
    caller = RetryingCaller()
    response = caller.call(
        "courier-quote",
        lambda: session.get(
            f"{base_url}/quotes",
            params={"weight_kg": organ_weight_kg, "postcode": postcode},
            timeout=10,
        ),
    )
    response.raise_for_status()
    return response.json()
