"""Retry wrapper for the courier booking API.

The courier's booking endpoint throttles aggressively around the 16:00
cut-off, so calls back off exponentially with jitter.
"""
import logging
import random
import time

import requests

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


class CourierBookingClient:
    def __init__(self, base_url: str, api_token: str, max_attempts: int = 5, base_delay: float = 0.5):
        self.base_url = base_url.rstrip("/")
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"

    def _sleep_before(self, attempt: int) -> None:
        cap = self.base_delay * (2 ** attempt)
        delay = random.uniform(0, cap)
        log.debug("courier API busy, retrying in %.2fs (attempt %d)", delay, attempt + 1)
        time.sleep(delay)

    def book_collection(self, manifest_ref: str, pickup_window: dict) -> dict:
        payload = {"manifest": manifest_ref, "window": pickup_window, "service": "dry-ice"}
        for attempt in range(self.max_attempts):
            resp = self.session.post(f"{self.base_url}/bookings", json=payload, timeout=20)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp.json()
            self._sleep_before(attempt)
        resp.raise_for_status()
        return resp.json()
