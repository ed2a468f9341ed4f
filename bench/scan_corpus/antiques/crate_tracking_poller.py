"""Polls the carrier for crate movement events and updates buyers' shipment timelines."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Callable

import requests

log = logging.getLogger("shipping.tracking")


@dataclass
class BackoffPolicy:
    base_delay: float = 2.0
    max_delay: float = 120.0
    attempts: int = 6
    jitter: Callable[[float, float], float] = random.uniform

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return self.jitter(0, ceiling)


class CrateTracker:
    def __init__(self, policy: BackoffPolicy | None = None) -> None:
        self.policy = policy or BackoffPolicy()
        self.base_url = os.environ["CARRIER_TRACKING_URL"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['CARRIER_TRACKING_TOKEN']}"

    def _get(self, path: str) -> dict[str, Any]:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                response = self.session.get(f"{self.base_url}{path}", timeout=10)
                if response.status_code in (429, 502, 503):
                    raise requests.HTTPError(f"retryable status {response.status_code}")
                response.raise_for_status()
                return response.json()
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                last_error = exc
                pause = self.policy.delay(attempt)
                log.warning("tracking call %s failed (%s); retrying in %.1fs", path, exc, pause)
                time.sleep(pause)
        raise RuntimeError(f"carrier tracking unavailable for {path}") from last_error

    def events(self, crate_id: str) -> list[dict[str, Any]]:
        return self._get(f"/crates/{crate_id}/events").get("events", [])
