"""Retry schedule for polling flaky river gauges without hammering them in lockstep."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")


class GaugeUnavailable(Exception):
    pass


@dataclass(frozen=True)
class Backoff:
    base: float = 2.0
    factor: float = 2.0
    ceiling: float = 120.0
    attempts: int = 6

    def delays(self, rng: random.Random | None = None):
        jitter_source = rng or random
        delay = self.base
        for _ in range(self.attempts - 1):
            yield jitter_source.uniform(0, min(delay, self.ceiling))
            delay *= self.factor


def poll_with_backoff(
    fetch: Callable[[], T],
    policy: Backoff = Backoff(),
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    last: Exception | None = None
    schedule = policy.delays()
    for attempt in range(policy.attempts):
        try:
            return fetch()
        except (GaugeUnavailable, TimeoutError, ConnectionError) as exc:
            last = exc
            if attempt == policy.attempts - 1:
                break
            sleep(next(schedule))
    raise GaugeUnavailable(f"gauge did not answer after {policy.attempts} attempts") from last
