"""HTTP client for the liveaboard partners' availability API.

Partner systems are slow and sometimes overloaded at the start of the
season, so calls are retried with exponential backoff and jitter.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class PartnerAvailabilityClient:
    def __init__(self, base_url: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self._base_url = base_url.rstrip("/")
        self._policy = policy
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['PARTNER_API_TOKEN']}"

    def _get(self, path: str, **params) -> dict:
        last_exc: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.get(f"{self._base_url}{path}", params=params, timeout=10)
                if resp.status_code not in RETRYABLE_STATUS:
                    resp.raise_for_status()
                    return resp.json()
                last_exc = requests.HTTPError(f"status {resp.status_code}")
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_exc = exc
            wait = self._policy.delay(attempt)
            log.info("partner call %s failed (attempt %d), retrying in %.1fs", path, attempt + 1, wait)
            time.sleep(wait)
        raise RuntimeError(f"partner API unavailable: {path}") from last_exc

    def cabins(self, vessel: str, week: str) -> list[dict]:
        return self._get(f"/vessels/{vessel}/availability", week=week)["cabins"]

    def free_berths(self, vessel: str, week: str) -> int:
        return sum(c["free"] for c in self.cabins(vessel, week))
