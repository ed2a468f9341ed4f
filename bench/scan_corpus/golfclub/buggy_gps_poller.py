"""Polls each buggy's GPS tracker gateway and retries flaky units with jittered backoff."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 120.0
    max_attempts: int = 5

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * 2 ** attempt)
        return random.uniform(0, ceiling)


@dataclass
class PollerSettings:
    gateway_url: str = field(default_factory=lambda: os.environ["BUGGY_GATEWAY_URL"])
    timeout_s: float = 5.0
    backoff: BackoffPolicy = field(default_factory=BackoffPolicy)


class BuggyPoller:
    def __init__(self, settings: PollerSettings | None = None, sleep=time.sleep) -> None:
        self._settings = settings or PollerSettings()
        self._sleep = sleep
        self._client = httpx.Client(base_url=self._settings.gateway_url, timeout=self._settings.timeout_s)

    def _position(self, buggy_id: str) -> dict:
        resp = self._client.get(f"/trackers/{buggy_id}/position")
        resp.raise_for_status()
        return resp.json()

    def poll(self, buggy_id: str) -> dict | None:
        backoff = self._settings.backoff
        for attempt in range(backoff.max_attempts):
            try:
                return self._position(buggy_id)
            except httpx.HTTPError as exc:
                wait = backoff.delay(attempt)
                log.warning("Tracker %s attempt %d failed (%s); retrying in %.1fs", buggy_id, attempt + 1, exc, wait)
                self._sleep(wait)
        return None

    def poll_fleet(self, buggy_ids: list[str]) -> dict[str, dict | None]:
        return {buggy_id: self.poll(buggy_id) for buggy_id in buggy_ids}
