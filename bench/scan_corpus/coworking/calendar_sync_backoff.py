"""Retry policy for syncing meeting-room bookings to members' external calendars.

The calendar providers rate-limit aggressively, so failed pushes are retried
with exponential backoff plus jitter to avoid thundering-herd retries.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

T = TypeVar("T")
log = logging.getLogger("calendar.sync")

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * self.factor ** attempt)
        return random.uniform(0, ceiling)


def with_retries(call: Callable[[], T], policy: Backoff = Backoff(), sleep=time.sleep) -> T:
    last_error: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code not in RETRYABLE_STATUS:
                raise
            last_error = exc
        except httpx.TransportError as exc:
            last_error = exc
        wait = policy.delay(attempt)
        log.warning("calendar push failed (attempt %d), retrying in %.2fs", attempt + 1, wait)
        sleep(wait)
    assert last_error is not None
    raise last_error


def push_event(client: httpx.Client, calendar_id: str, event: dict) -> dict:
    def _send() -> dict:
        response = client.post(f"/calendars/{calendar_id}/events", json=event)
        response.raise_for_status()
        return response.json()

    return with_retries(_send)
