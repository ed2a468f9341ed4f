"""Retry policy for tempering and enrobing line telemetry pushes.

Dozens of line controllers reconnect at the same time after a network blip;
jittered exponential backoff spreads the reconnect load on the collector.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger("chocolatier.telemetry")


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    max_attempts: int = 8
    jitter_ratio: float = 0.3

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        spread = ceiling * self.jitter_ratio
        return max(0.0, ceiling + random.uniform(-spread, spread))


class RetryingSender:
    def __init__(self, send: Callable[[bytes], T], policy: BackoffPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._send = send
        self._policy = policy or BackoffPolicy()
        self._sleep = sleep

    def push(self, frame: bytes) -> T:
        last_error: Exception | None = None
        for attempt in range(self._policy.max_attempts):
            try:
                return self._send(frame)
            except (ConnectionError, TimeoutError) as exc:
                last_error = exc
                delay = self._policy.delay_for(attempt)
                log.warning("telemetry push failed (attempt %d), retrying in %.2fs",
                            attempt + 1, delay)
                self._sleep(delay)
        raise RuntimeError("telemetry collector unreachable") from last_error
