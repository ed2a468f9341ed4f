"""Heartbeat loop run by retailer terminals against the central host.

Thousands of terminals reconnect at once after a network outage, so the
retry delay is spread with jitter to avoid a thundering herd.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger("terminal.heartbeat")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 1.0
    cap_s: float = 120.0
    multiplier: float = 2.0


def full_jitter_delay(attempt: int, policy: BackoffPolicy, rng: random.Random) -> float:
    ceiling = min(policy.cap_s, policy.base_s * policy.multiplier ** attempt)
    return rng.uniform(0, ceiling)


class HeartbeatLoop:
    def __init__(
        self,
        send: Callable[[], bool],
        policy: BackoffPolicy = BackoffPolicy(),
        interval_s: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._send = send
        self._policy = policy
        self._interval = interval_s
        self._sleep = sleep
        self._rng = random.Random()
        self.consecutive_failures = 0

    def tick(self) -> float:
        """Send one heartbeat and return how long to wait before the next."""
        try:
            ok = self._send()
        except OSError as exc:
            log.warning("heartbeat transport error: %s", exc)
            ok = False
        if ok:
            self.consecutive_failures = 0
            return self._interval
        delay = full_jitter_delay(self.consecutive_failures, self._policy, self._rng)
        self.consecutive_failures += 1
        log.info("heartbeat failed %d times, retrying in %.1fs", self.consecutive_failures, delay)
        return delay

    def run_forever(self) -> None:
        while True:
            self._sleep(self.tick())
