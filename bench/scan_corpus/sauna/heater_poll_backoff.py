"""Polling loop for heater controller status with jittered exponential backoff."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional

log = logging.getLogger("heaters.poller")


@dataclass
class BackoffPolicy:
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    max_attempts: int = 8
    jitter_ratio: float = 0.25

    def delay_for(self, attempt: int, rng: random.Random) -> float:
        raw = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        spread = raw * self.jitter_ratio
        return max(0.0, raw + rng.uniform(-spread, spread))


class HeaterPoller:
    def __init__(self, fetch_status: Callable[[str], dict], policy: Optional[BackoffPolicy] = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.fetch_status = fetch_status
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep
        self._rng = random.Random()

    def poll_once(self, cabin_id: str) -> Optional[dict]:
        for attempt in range(self.policy.max_attempts):
            try:
                return self.fetch_status(cabin_id)
            except (ConnectionError, TimeoutError) as exc:
                wait = self.policy.delay_for(attempt, self._rng)
                log.warning("cabin %s poll failed (%s); retry in %.2fs", cabin_id, exc, wait)
                self.sleep(wait)
        log.error("cabin %s unreachable after %d attempts", cabin_id, self.policy.max_attempts)
        return None

    def sweep(self, cabin_ids: list[str]) -> dict[str, Optional[dict]]:
        order = list(cabin_ids)
        self._rng.shuffle(order)
        return {cabin: self.poll_once(cabin) for cabin in order}
