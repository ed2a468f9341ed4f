"""Retry policy for pushing kiln and furnace sensor batches to the telemetry gateway."""
import logging
import random
import time
from typing import Callable, TypeVar

import httpx

from pewterer.telemetry.settings import GATEWAY_SETTINGS

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE = (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError)


class BackoffPolicy:
    def __init__(self, base: float = 0.5, cap: float = 30.0, attempts: int = 6) -> None:
        self.base = base
        self.cap = cap
        self.attempts = attempts
        self._rng = random.Random()

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return self._rng.uniform(0, ceiling)

    def run(self, fn: Callable[[], T]) -> T:
        for attempt in range(self.attempts):
            try:
                return fn()
            except RETRYABLE as exc:
                if attempt == self.attempts - 1:
                    raise
                pause = self.delay(attempt)
                log.warning("gateway push failed (%s), retrying in %.2fs", exc, pause)
                time.sleep(pause)
        raise RuntimeError("unreachable")


def push_batch(client: httpx.Client, batch: list[dict]) -> int:
    policy = BackoffPolicy(attempts=GATEWAY_SETTINGS["max_attempts"])

    def _send() -> int:
        resp = client.post("/v1/readings", json={"readings": batch})
        resp.raise_for_status()
        return len(batch)

    return policy.run(_send)
