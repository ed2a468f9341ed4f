"""Pushes clinic appointment slots to the external booking provider.

Scan and consultation slots are published to the provider's API every few
minutes. Transient failures are retried with exponential backoff plus
random jitter so the clinic sites do not all retry at the same moment.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable

import requests

log = logging.getLogger("booking.sync")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2 ** attempt)
        return random.uniform(0, ceiling)


@dataclass
class Slot:
    site: str
    clinician_id: str
    starts_at: datetime
    minutes: int
    kind: str


class BookingProviderSync:
    def __init__(self, api_url: str, api_token: str, policy: RetryPolicy = RetryPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.api_url = api_url.rstrip("/")
        self.policy = policy
        self._sleep = sleep
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"

    def _put(self, site: str, payload: list[dict]) -> requests.Response:
        url = f"{self.api_url}/sites/{site}/availability"
        for attempt in range(self.policy.attempts):
            try:
                response = self._session.put(url, json={"slots": payload}, timeout=10)
            except requests.ConnectionError:
                response = None
            if response is not None and response.status_code not in RETRYABLE_STATUS:
                response.raise_for_status()
                return response
            wait = self.policy.delay(attempt)
            log.warning("availability push for %s failed (attempt %d), retrying in %.1fs",
                        site, attempt + 1, wait)
            self._sleep(wait)
        raise RuntimeError(f"giving up on availability push for site {site}")

    def publish(self, slots: Iterable[Slot]) -> int:
        by_site: dict[str, list[dict]] = {}
        for slot in slots:
            by_site.setdefault(slot.site, []).append(
                {
                    "clinician": slot.clinician_id,
                    "start": slot.starts_at.isoformat(),
                    "duration": slot.minutes,
                    "type": slot.kind,
                }
            )
        for site, payload in by_site.items():
            self._put(site, payload)
        return sum(len(p) for p in by_site.values())
