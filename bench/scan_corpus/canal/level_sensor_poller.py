"""Polls water-level loggers over the cellular modem pool with retries."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("sensors.poller")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 2.0
    max_delay: float = 60.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class LoggerPoller:
    def __init__(self, session: requests.Session, policy: RetryPolicy = RetryPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.session = session
        self.policy = policy
        self.sleep = sleep

    def fetch(self, url: str) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.get(url, timeout=15)
                resp.raise_for_status()
                return resp.json()
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                last_error = exc
                wait = self.policy.delay(attempt)
                log.info("poll %s failed (%s); retry %d in %.1fs", url, exc, attempt + 1, wait)
                self.sleep(wait)
        raise RuntimeError(f"logger at {url} unreachable") from last_error

    def poll_all(self, urls: dict[str, str]) -> dict[str, dict]:
        results = {}
        for sensor_id in random.sample(sorted(urls), k=len(urls)):
            try:
                results[sensor_id] = self.fetch(urls[sensor_id])
            except RuntimeError:
                log.warning("sensor %s skipped this cycle", sensor_id)
        return results
