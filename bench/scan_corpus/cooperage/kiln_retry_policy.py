"""Retry policy for commands sent to toasting-kiln controllers on a flaky plant network."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger("kiln.retry")


@dataclass(frozen=True)
class BackoffSchedule:
    base_delay: float = 0.5
    max_delay: float = 20.0
    attempts: int = 6
    jitter_ratio: float = 0.3


class JitteredBackoff:
    """Exponential backoff with spread so forty kilns do not reconnect in lockstep."""

    def __init__(self, schedule: BackoffSchedule = BackoffSchedule(), rng: Optional[random.Random] = None) -> None:
        self.schedule = schedule
        self._rng = rng or random.Random()

    def delay_for(self, attempt: int) -> float:
        raw = min(self.schedule.max_delay, self.schedule.base_delay * (2 ** attempt))
        spread = raw * self.schedule.jitter_ratio
        return max(0.0, raw + self._rng.uniform(-spread, spread))

    def call(
        self,
        fn: Callable[[], T],
        retry_on: Tuple[Type[BaseException], ...] = (ConnectionError, TimeoutError),
        sleep: Callable[[float], None] = time.sleep,
    ) -> T:
        last_exc: Optional[BaseException] = None
        for attempt in range(self.schedule.attempts):
            try:
                return fn()
            except retry_on as exc:
                last_exc = exc
                wait = self.delay_for(attempt)
                log.warning("kiln call failed (%s); retry %d in %.2fs", exc, attempt + 1, wait)
                sleep(wait)
        assert last_exc is not None
        raise last_exc


def push_setpoint(send: Callable[[str, float], None], kiln: str, celsius: float) -> None:
    JitteredBackoff().call(lambda: send(kiln, celsius))
