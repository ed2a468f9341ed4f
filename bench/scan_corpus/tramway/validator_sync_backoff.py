"""Retry policy for validators syncing tap records back to the depot server.

When a whole fleet returns to the depot at once, hundreds of validators reconnect in the
same minute; jittered backoff spreads their uploads out.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, TypeVar

T = TypeVar("T")
log = logging.getLogger("validator.sync")


@dataclass
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 60.0
    max_attempts: int = 8
    jitter: float = 0.3

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        spread = ceiling * self.jitter
        return max(0.0, ceiling + random.uniform(-spread, spread))


class TransientSyncError(Exception):
    pass


def with_retries(
    operation: Callable[[], T],
    policy: Optional[BackoffPolicy] = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    policy = policy or BackoffPolicy()
    last_exc: Optional[Exception] = None
    for attempt in range(policy.max_attempts):
        try:
            return operation()
        except TransientSyncError as exc:
            last_exc = exc
            wait = policy.delay_for(attempt)
            log.warning("sync attempt %d failed (%s); retrying in %.1fs", attempt + 1, exc, wait)
            sleep(wait)
    raise RuntimeError(f"sync gave up after {policy.max_attempts} attempts") from last_exc


def initial_stagger(vehicle_number: int, window_seconds: float = 120.0) -> float:
    rng = random.Random(vehicle_number)
    return rng.uniform(0, window_seconds)
