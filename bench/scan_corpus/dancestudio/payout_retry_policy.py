"""Retry wrapper for calls to the payroll provider during instructor payout runs."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Tuple, Type, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("payouts.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    retry_on: Tuple[Type[BaseException], ...] = (requests.ConnectionError, requests.Timeout)

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class RetryingCaller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(), sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self._sleep = sleep

    def call(self, operation: Callable[[], T], label: str) -> T:
        last_error: BaseException | None = None
        for attempt in range(self.policy.attempts):
            try:
                return operation()
            except self.policy.retry_on as exc:
                last_error = exc
                wait = self.policy.delay_for(attempt)
                log.warning("%s failed (attempt %d/%d), retrying in %.2fs", label, attempt + 1,
                            self.policy.attempts, wait)
                self._sleep(wait)
        assert last_error is not None
        raise last_error


def post_payout(session: requests.Session, url: str, payload: dict) -> dict:
    caller = RetryingCaller()

    def _send() -> dict:
        resp = session.post(url, json=payload, timeout=10)
        if resp.status_code in (502, 503, 504):
            raise requests.ConnectionError(f"upstream {resp.status_code}")
        resp.raise_for_status()
        return resp.json()

    return caller.call(_send, label=f"payout {payload.get('reference', '?')}")
