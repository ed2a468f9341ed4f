"""Books courier collections with bounded retries when the partner API is busy."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass, field
from typing import Callable

import requests

log = logging.getLogger(__name__)
RETRYABLE = {429, 502, 503, 504}


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


@dataclass
class CollectionRequest:
    shipment_ref: str
    pickup_site: str
    dropoff_centre: str
    ready_at: str
    temperature_band: str = "2-8C"


class CourierBookingClient:
    def __init__(self, session: requests.Session, policy: RetryPolicy | None = None) -> None:
        self.session = session
        self.policy = policy or RetryPolicy()
        self.base_url = os.environ["COURIER_API_URL"].rstrip("/")

    def book(self, req: CollectionRequest) -> str:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.post(f"{self.base_url}/collections", json=vars(req), timeout=10)
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()["booking_id"]
                last_error = requests.HTTPError(f"status {resp.status_code}")
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = exc
            wait = self.policy.delay_for(attempt)
            log.warning("courier booking for %s retry %d in %.2fs", req.shipment_ref, attempt + 1, wait)
            self.policy.sleep(wait)
        raise RuntimeError(f"courier booking failed for {req.shipment_ref}") from last_error
