"""Polling loop for the chlorine and pH controllers of the outdoor pools.

Controllers sometimes drop requests while dosing; the poller retries with
exponential backoff and spreads requests to avoid hitting all controllers at once.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("quality.poller")


@dataclass
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 15.0
    attempts: int = 5

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class ControllerPoller:
    def __init__(self, client: httpx.Client, policy: BackoffPolicy | None = None) -> None:
        self.client = client
        self.policy = policy or BackoffPolicy()

    def read(self, controller_url: str) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.client.get(f"{controller_url}/api/readings/latest", timeout=5.0)
                resp.raise_for_status()
                return resp.json()
            except httpx.HTTPError as exc:
                last_error = exc
                pause = self.policy.delay(attempt)
                log.warning("controller %s failed (%s); retry in %.2fs", controller_url, exc, pause)
                time.sleep(pause)
        raise RuntimeError(f"controller {controller_url} unreachable") from last_error

    def sweep(self, controller_urls: list[str]) -> dict[str, dict]:
        order = list(controller_urls)
        random.shuffle(order)
        return {url: self.read(url) for url in order}
