"""Polls walk-in and display freezer probes over the parlour LAN gateway."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable

import httpx

log = logging.getLogger("freezer.poller")


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class ProbePoller:
    def __init__(self, gateway_url: str, retry: RetryPolicy = RetryPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._client = httpx.Client(base_url=gateway_url, timeout=5.0)
        self._retry = retry
        self._sleep = sleep

    def read(self, probe_id: str) -> float:
        last_exc: Exception | None = None
        for attempt in range(self._retry.attempts):
            try:
                resp = self._client.get(f"/probes/{probe_id}/temperature")
                resp.raise_for_status()
                return float(resp.json()["celsius"])
            except (httpx.HTTPError, KeyError, ValueError) as exc:
                last_exc = exc
                wait = self._retry.delay(attempt)
                log.debug("probe %s attempt %d failed, retrying in %.2fs", probe_id, attempt, wait)
                self._sleep(wait)
        raise RuntimeError(f"probe {probe_id} unreachable") from last_exc


def poll_all(probe_ids: list[str]) -> dict[str, float]:
    poller = ProbePoller(os.environ["PARLOUR_GATEWAY_URL"])
    return {pid: poller.read(pid) for pid in probe_ids}
