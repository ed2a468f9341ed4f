"""Polling loop for Modbus pH/EC probes with jittered exponential backoff."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional

log = logging.getLogger(__name__)


@dataclass
class BackoffPolicy:
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    multiplier: float = 2.0
    jitter_ratio: float = 0.25

    def delay(self, attempt: int, rng: random.Random) -> float:
        raw = min(self.max_delay_s, self.base_delay_s * self.multiplier ** attempt)
        spread = raw * self.jitter_ratio
        return max(0.0, raw + rng.uniform(-spread, spread))


class ProbePoller:
    def __init__(
        self,
        read_probe: Callable[[int], float],
        policy: Optional[BackoffPolicy] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.read_probe = read_probe
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep
        self._rng = random.Random()

    def read_with_retry(self, register: int, attempts: int = 6) -> float:
        last_error: Optional[Exception] = None
        for attempt in range(attempts):
            try:
                return self.read_probe(register)
            except (IOError, TimeoutError) as exc:
                last_error = exc
                wait = self.policy.delay(attempt, self._rng)
                log.warning("probe register %s failed (%s), retrying in %.2fs", register, exc, wait)
                self.sleep(wait)
        raise RuntimeError(f"probe register {register} unreadable") from last_error

    def sample(self, registers: dict[str, int]) -> dict[str, float]:
        return {name: self.read_with_retry(reg) for name, reg in registers.items()}
