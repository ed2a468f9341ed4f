"""Resilient submission of ride requests to the transport partner API.

The partner API is rate limited and sometimes returns 503 during peak
morning pickups. Requests are retried with exponential backoff and
jitter, and carry an idempotency key so a retried request never books
two vehicles.
"""
from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass
from typing import Any

import requests


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})


class RideRequestSubmitter:
    def __init__(self, api_url: str, session: requests.Session, policy: RetryPolicy = RetryPolicy()) -> None:
        self._api_url = api_url
        self._session = session
        self._policy = policy

    def _delay(self, attempt: int) -> float:
        ceiling = min(self._policy.max_delay_s, self._policy.base_delay_s * 2 ** attempt)
        return random.uniform(0, ceiling)

    def submit(self, ride: dict[str, Any]) -> dict[str, Any]:
        idempotency_key = str(uuid.uuid4())
        last_error: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.post(
                    f"{self._api_url}/rides",
                    json=ride,
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=10,
                )
            except requests.ConnectionError as exc:
                last_error = exc
            else:
                if resp.status_code not in self._policy.retry_statuses:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"status {resp.status_code}", response=resp)
            time.sleep(self._delay(attempt))
        raise RuntimeError(f"ride request failed after {self._policy.attempts} attempts") from last_error
