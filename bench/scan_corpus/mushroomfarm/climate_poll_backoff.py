"""Retry policy for polling room climate controllers over flaky Wi-Fi."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger("climate.poll")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    jitter_ratio: float = 0.3

    def delay_for(self, attempt: int, rng: random.Random) -> float:
        raw = min(self.max_delay, self.base_delay * (2**attempt))
        spread = raw * self.jitter_ratio
        return max(0.0, raw + rng.uniform(-spread, spread))


class PollRetrier:
    def __init__(
        self,
        policy: BackoffPolicy = BackoffPolicy(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self._sleep = sleep
        self._rng = random.Random()

    def call(self, room: str, fn: Callable[[], T]) -> T:
        last_exc: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except (OSError, TimeoutError) as exc:
                last_exc = exc
                wait = self.policy.delay_for(attempt, self._rng)
                log.warning("room %s poll failed (%s), retrying in %.2fs", room, exc, wait)
                self._sleep(wait)
        raise RuntimeError(
            f"room {room} unreachable after {self.policy.attempts} attempts"
        ) from last_exc
