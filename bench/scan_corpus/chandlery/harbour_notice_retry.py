"""Pushes berth-delivery notices to the harbour office's booking system.

The harbour office wants to know when our cart will be on which pontoon. Its
API is often slow at the start of the season, so calls are retried with
exponential back-off and jitter to avoid every worker retrying in step.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("chandlery.harbour")


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


@dataclass
class DeliveryNotice:
    pontoon: str
    berth: str
    vessel_name: str
    eta: datetime


class HarbourNoticeClient:
    RETRYABLE = {429, 502, 503, 504}

    def __init__(self, base_url: str, token: str, policy: RetryPolicy | None = None) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._policy = policy or RetryPolicy()

    def send(self, notice: DeliveryNotice) -> None:
        body = {
            "pontoon": notice.pontoon,
            "berth": notice.berth,
            "vessel": notice.vessel_name,
            "eta": notice.eta.isoformat(),
            "purpose": "chandlery delivery",
        }
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.post(f"{self._base_url}/movements", json=body, timeout=10)
            except requests.ConnectionError:
                status = None
            else:
                if resp.status_code not in self.RETRYABLE:
                    resp.raise_for_status()
                    return
                status = resp.status_code
            pause = self._policy.delay_for(attempt)
            log.warning(
                "harbour office push for berth %s failed (%s), retrying in %.1fs",
                notice.berth, status, pause,
            )
            time.sleep(pause)
        raise RuntimeError(f"harbour office did not accept notice for berth {notice.berth}")
