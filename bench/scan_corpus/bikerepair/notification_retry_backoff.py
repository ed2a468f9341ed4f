"""Retry policy for customer collection notifications sent through e-mail and SMS providers."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, TypeVar

import httpx

T = TypeVar("T")
log = logging.getLogger("notify.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    jitter_ratio: float = 0.3

    def delay(self, attempt: int) -> float:
        raw = min(self.max_delay, self.base_delay * (2 ** attempt))
        spread = raw * self.jitter_ratio
        return max(0.0, raw + random.uniform(-spread, spread))


RETRYABLE = {429, 500, 502, 503, 504}


class RetryingSender:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self.sleep = sleep

    def call(self, fn: Callable[[], T], label: str) -> T:
        last: Optional[Exception] = None
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except httpx.HTTPStatusError as exc:
                if exc.response.status_code not in RETRYABLE:
                    raise
                last = exc
            except httpx.TransportError as exc:
                last = exc
            wait = self.policy.delay(attempt)
            log.warning("%s failed (attempt %d), retrying in %.2fs", label, attempt + 1, wait)
            self.sleep(wait)
        assert last is not None
        raise last


def send_collection_sms(client: httpx.Client, phone: str, body: str) -> str:
    def _post() -> str:
        resp = client.post("/v1/messages", json={"to": phone, "body": body})
        resp.raise_for_status()
        return resp.json()["message_id"]

    return RetryingSender().call(_post, f"collection sms to {phone[-4:]}")
