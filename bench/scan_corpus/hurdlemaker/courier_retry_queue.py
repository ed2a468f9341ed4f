"""Retries failed pallet bookings with the courier used for long-distance orders.

Big trade orders (a pallet of six-foot hurdles for a garden centre two
counties away) go by pallet courier. When their booking API is busy we retry
with exponential backoff and a little jitter so our workers don't all retry
in lock-step.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 1.5
    max_delay: float = 60.0
    jitter: float = 0.3

    def delay_for(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return delay * random.uniform(1 - self.jitter, 1 + self.jitter)


class CourierBookingRetrier:
    def __init__(
        self,
        session: requests.Session,
        booking_url: str,
        policy: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._session = session
        self._url = booking_url
        self._policy = policy
        self._sleep = sleep

    def book(self, consignment: dict) -> dict:
        last_status = None
        for attempt in range(1, self._policy.attempts + 1):
            try:
                resp = self._session.post(self._url, json=consignment, timeout=20)
            except requests.ConnectionError as err:
                log.warning("courier booking attempt %d failed to connect: %s", attempt, err)
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                last_status = resp.status_code
                log.info("courier busy (HTTP %s) on attempt %d", resp.status_code, attempt)
            if attempt < self._policy.attempts:
                self._sleep(self._policy.delay_for(attempt))
        raise RuntimeError(
            f"courier booking for {consignment.get('reference')} gave up after "
            f"{self._policy.attempts} attempts (last HTTP {last_status})"
        )
