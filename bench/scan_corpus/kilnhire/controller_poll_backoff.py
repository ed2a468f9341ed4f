"""Polling loop for kiln controllers with jittered exponential backoff.

When a controller stops answering (power cut, Wi-Fi drop during a firing) the
poller backs off so it does not hammer the gateway, and spreads retries so
all kilns do not reconnect in the same second.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger(__name__)


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 300.0
    jitter: float = 0.3

    def delay(self, attempt: int) -> float:
        raw = min(self.cap_s, self.base_s * (2 ** attempt))
        spread = raw * self.jitter
        return max(0.5, raw + random.uniform(-spread, spread))


@dataclass
class KilnPoller:
    kiln_id: str
    read: Callable[[], dict]
    policy: BackoffPolicy = field(default_factory=BackoffPolicy)
    failures: int = 0

    def poll_once(self) -> dict | None:
        try:
            reading = self.read()
        except (ConnectionError, TimeoutError) as exc:
            self.failures += 1
            wait = self.policy.delay(self.failures)
            log.warning(
                "kiln %s poll failed (%s), retry %d in %.1fs",
                self.kiln_id, exc, self.failures, wait,
            )
            time.sleep(wait)
            return None
        self.failures = 0
        return reading


def spot_check_sample(kiln_ids: list[str], k: int = 3) -> list[str]:
    """Pick a few kilns for the technician's daily thermocouple spot check."""
    return random.sample(kiln_ids, min(k, len(kiln_ids)))


def run(pollers: list[KilnPoller], store, interval_s: float = 30.0) -> None:
    while True:
        for poller in pollers:
            reading = poller.poll_once()
            if reading is not None:
                store.append(poller.kiln_id, reading)
        time.sleep(interval_s)
