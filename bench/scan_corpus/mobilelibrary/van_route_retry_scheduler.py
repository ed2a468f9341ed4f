"""Retries route-stop uploads from a van tablet with jittered backoff.

Vans often park in villages with one bar of signal; when the tablet fails to
push its stop check-in to the route service it retries with exponential
backoff and random jitter so a fleet of vans reconnecting after an outage
does not hammer the server at the same moment.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass, field
from typing import Callable

import requests

log = logging.getLogger("route.retry")


@dataclass
class BackoffPolicy:
    base_seconds: float = 2.0
    cap_seconds: float = 300.0
    max_attempts: int = 8
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2 ** attempt))
        return self.rng.uniform(0, ceiling)


class StopCheckinUploader:
    def __init__(self, base_url: str, device_token: str,
                 policy: BackoffPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Device {device_token}"

    def _post(self, checkin: dict) -> requests.Response:
        return self.session.post(f"{self.base_url}/v1/route-checkins", json=checkin, timeout=15)

    def upload(self, checkin: dict) -> bool:
        for attempt in range(self.policy.max_attempts):
            try:
                resp = self._post(checkin)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
                log.info("route service returned %s", resp.status_code)
            except requests.ConnectionError:
                log.info("no connection for stop %s (attempt %d)", checkin["stop_id"], attempt + 1)
            wait = self.policy.delay(attempt)
            log.debug("retrying stop %s in %.1fs", checkin["stop_id"], wait)
            self.sleep(wait)
        return False


def from_env() -> StopCheckinUploader:
    return StopCheckinUploader(
        base_url=os.environ["ROUTE_SERVICE_URL"],
        device_token=os.environ["TABLET_DEVICE_TOKEN"],
    )
