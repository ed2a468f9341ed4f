"""Push thread-stock levels to the marketplace with retries.

The marketplace API rate-limits aggressively during sales, so stock pushes
are retried with exponential backoff and random jitter to avoid every
worker retrying at the same moment.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("smockstudio.marketplace.sync")

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class StockSync:
    def __init__(self, base_url: str, token: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self._base_url = base_url.rstrip("/")
        self._policy = policy
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def from_env(cls) -> "StockSync":
        return cls(os.environ["MARKETPLACE_API_URL"], os.environ["MARKETPLACE_API_TOKEN"])

    def push_level(self, sku: str, on_hand: int) -> None:
        url = f"{self._base_url}/inventory/{sku}"
        for attempt in range(self._policy.attempts):
            resp = self._http.put(url, json={"quantity": on_hand}, timeout=15)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return
            wait = self._policy.delay(attempt)
            log.warning("stock push for %s got %s, retrying in %.1fs", sku, resp.status_code, wait)
            time.sleep(wait)
        raise RuntimeError(f"stock push for {sku} failed after {self._policy.attempts} attempts")

    def push_all(self, levels: dict[str, int]) -> int:
        pushed = 0
        for sku, qty in levels.items():
            self.push_level(sku, qty)
            pushed += 1
        return pushed
