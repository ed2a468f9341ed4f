"""Polls shore-side water-quality sensors with jittered exponential backoff."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, Optional

import httpx

log = logging.getLogger(__name__)


@dataclass
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class SensorPoller:
    def __init__(
        self,
        client: httpx.Client,
        policy: Optional[BackoffPolicy] = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep

    def poll(self, sensor_url: str) -> Optional[dict]:
        for attempt in range(self.policy.attempts):
            try:
                resp = self.client.get(sensor_url, timeout=5)
                resp.raise_for_status()
                return resp.json()
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                wait = self.policy.delay(attempt)
                log.warning("sensor %s attempt %d failed (%s), retrying in %.1fs",
                            sensor_url, attempt + 1, exc.__class__.__name__, wait)
                self.sleep(wait)
        return None

    def poll_all(self, sensors: Dict[str, str]) -> Dict[str, Optional[dict]]:
        return {sensor_id: self.poll(url) for sensor_id, url in sensors.items()}


def offline(results: Dict[str, Optional[dict]]) -> Iterable[str]:
    return sorted(sensor_id for sensor_id, reading in results.items() if reading is None)
