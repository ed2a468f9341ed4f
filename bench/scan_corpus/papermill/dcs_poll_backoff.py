"""Retry policy for polling paper machine drive status from the DCS REST bridge."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 0.5
    cap_s: float = 20.0
    attempts: int = 6

    def delay(self, attempt: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return rng.uniform(0, ceiling)


class DrivePoller:
    def __init__(self, session: requests.Session, bridge_url: str,
                 policy: BackoffPolicy = BackoffPolicy(), rng: random.Random | None = None) -> None:
        self._session = session
        self._bridge_url = bridge_url.rstrip("/")
        self._policy = policy
        self._rng = rng or random.Random()

    def _retry(self, fn: Callable[[], T]) -> T:
        last: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                return fn()
            except (requests.ConnectionError, requests.Timeout) as exc:
                last = exc
                time.sleep(self._policy.delay(attempt, self._rng))
        raise RuntimeError("DCS bridge unreachable") from last

    def drive_status(self, section: str) -> dict:
        def call() -> dict:
            resp = self._session.get(f"{self._bridge_url}/drives/{section}", timeout=5)
            resp.raise_for_status()
            return resp.json()
        return self._retry(call)

    def line_speed(self) -> float:
        return float(self.drive_status("reel")["speed_mpm"])
