"""Retry/backoff policy for the kiosk agent's outbound sync jobs.

Hundreds of kiosks reconnect at the same moment after a store power cut, so
retries use "full jitter" exponential backoff to spread the load on the menu
and order services.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    base: float = 0.5
    cap: float = 120.0
    max_attempts: int = 8

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        rng = rng or random
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return rng.uniform(0, ceiling)


def retry(
    fn: Callable[[], T],
    policy: BackoffPolicy = BackoffPolicy(),
    retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    attempt = 0
    while True:
        try:
            return fn()
        except retry_on:
            attempt += 1
            if attempt >= policy.max_attempts:
                raise
            sleep(policy.delay(attempt))


def staggered_start(max_delay: float = 30.0) -> float:
    """Random start offset so kiosks in a store don't poll in lockstep."""
    return random.random() * max_delay
