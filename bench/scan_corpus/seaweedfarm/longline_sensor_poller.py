"""Polls the shore gateway for the latest longline sensor readings.

Gateways sit on a cellular link that drops often in rough weather, so the
poller retries with exponential backoff and jitter.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Callable

import requests

log = logging.getLogger("longline.poller")


@dataclass
class BackoffPolicy:
    base_delay: float = 1.0
    max_delay: float = 60.0
    attempts: int = 6

    def delay(self, attempt: int, jitter: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return jitter(0, ceiling)


class GatewayPoller:
    def __init__(self, gateway_url: str, policy: BackoffPolicy | None = None) -> None:
        self._url = gateway_url.rstrip("/")
        self._policy = policy or BackoffPolicy()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['GATEWAY_READ_TOKEN']}"

    def _fetch(self, block: str) -> list[dict[str, Any]]:
        resp = self._session.get(f"{self._url}/blocks/{block}/latest", timeout=10)
        resp.raise_for_status()
        return resp.json()["readings"]

    def poll(self, block: str, sleep: Callable[[float], None] = time.sleep) -> list[dict[str, Any]]:
        last_error: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                return self._fetch(block)
            except requests.RequestException as exc:
                last_error = exc
                wait = self._policy.delay(attempt)
                log.warning("block %s poll failed (%s); retrying in %.1fs", block, exc.__class__.__name__, wait)
                sleep(wait)
        raise RuntimeError(f"gateway unreachable for block {block}") from last_error


if __name__ == "__main__":
    poller = GatewayPoller(os.environ.get("GATEWAY_URL", "https://gateway.swf.internal"))
    for reading in poller.poll("B3"):
        print(reading)
