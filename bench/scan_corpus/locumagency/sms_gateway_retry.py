"""Retrying client for the SMS gateway used to push shift offers.

The gateway rate-limits bursts when a hospital releases a block of shifts at
once, so sends are retried with exponential back-off and random jitter to
avoid every worker retrying in lock-step.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class SmsGatewayClient:
    def __init__(self, base_url: str, api_key: str, policy: RetryPolicy | None = None) -> None:
        self._base = base_url.rstrip("/")
        self._policy = policy or RetryPolicy()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key}"

    def send(self, to: str, body: str, idempotency_key: str) -> dict:
        last_error: Exception | None = None
        for attempt in range(self._policy.attempts):
            try:
                resp = self._session.post(
                    f"{self._base}/v1/messages",
                    json={"to": to, "body": body},
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=10,
                )
            except requests.ConnectionError as exc:
                last_error = exc
            else:
                if resp.status_code not in RETRYABLE_STATUS:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"gateway returned {resp.status_code}", response=resp)
            wait = self._policy.delay_for(attempt)
            log.info("sms send to %s failed (attempt %d), retrying in %.2fs", to[-4:], attempt + 1, wait)
            time.sleep(wait)
        raise RuntimeError("SMS gateway unavailable after retries") from last_error
