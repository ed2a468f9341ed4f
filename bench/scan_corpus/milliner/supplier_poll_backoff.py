"""Polls straw and felt suppliers for order status with jittered exponential backoff."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("milliner.suppliers.poll")


@dataclass
class BackoffPolicy:
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    max_attempts: int = 6
    jitter: float = 0.3

    def delay_for(self, attempt: int, rng: random.Random) -> float:
        capped = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return capped * (1 - self.jitter) + rng.uniform(0, capped * self.jitter)


class SupplierPoller:
    retry_statuses = {429, 502, 503, 504}

    def __init__(
        self,
        session: requests.Session,
        policy: BackoffPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.session = session
        self.policy = policy or BackoffPolicy()
        self._sleep = sleep
        self._rng = random.Random()

    def order_status(self, url: str) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.policy.max_attempts):
            try:
                resp = self.session.get(url, timeout=15)
                if resp.status_code not in self.retry_statuses:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"status {resp.status_code}")
            except requests.ConnectionError as exc:
                last_error = exc
            delay = self.policy.delay_for(attempt, self._rng)
            log.warning("supplier poll retry %d in %.1fs (%s)", attempt + 1, delay, last_error)
            self._sleep(delay)
        raise RuntimeError(f"supplier status unavailable after retries: {last_error}")
