"""Polls conveyor PLC counters with exponential backoff when the gateway is busy."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Dict, TypeVar

T = TypeVar("T")
log = logging.getLogger("scada.poller")


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0
    attempts: int = 6
    jitter_fraction: float = 0.3


class GatewayBusy(Exception):
    pass


class Retrier:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self._sleep = sleep

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.policy.max_delay_s, self.policy.base_delay_s * (2 ** attempt))
        spread = ceiling * self.policy.jitter_fraction
        return max(0.0, ceiling + random.uniform(-spread, spread))

    def call(self, fn: Callable[[], T]) -> T:
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except GatewayBusy:
                wait = self.delay_for(attempt)
                log.warning("gateway busy, retry %d in %.2fs", attempt + 1, wait)
                self._sleep(wait)
        return fn()


class BeltCounterPoller:
    def __init__(self, read_registers: Callable[[str], Dict[str, int]]) -> None:
        self._read = read_registers
        self._retrier = Retrier()

    def tonnage_totals(self, conveyors: list[str]) -> Dict[str, int]:
        return {cv: self._retrier.call(lambda cv=cv: self._read(cv))["tonnes_total"]
                for cv in conveyors}
