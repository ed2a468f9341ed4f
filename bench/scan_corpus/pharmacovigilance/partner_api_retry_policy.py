"""Retry wrapper used when pushing ICSRs to licensing partners' safety exchange APIs."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("pv.exchange.retry")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 6
    base_delay: float = 1.5
    cap: float = 90.0

    def delay_for(self, attempt: int, rng: random.Random | None = None) -> float:
        ceiling = min(self.cap, self.base_delay * (2 ** attempt))
        return (rng or random).uniform(0, ceiling)


class RetryingSender:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(), sleep: Callable[[float], None] = time.sleep):
        self.policy = policy
        self._sleep = sleep

    def call(self, fn: Callable[[], T], label: str) -> T:
        last_exc: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except requests.HTTPError as exc:
                if exc.response is None or exc.response.status_code not in RETRYABLE_STATUS:
                    raise
                last_exc = exc
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_exc = exc
            wait = self.policy.delay_for(attempt)
            log.warning("%s failed (attempt %d), retrying in %.1fs", label, attempt + 1, wait)
            self._sleep(wait)
        raise RuntimeError(f"{label}: giving up after {self.policy.attempts} attempts") from last_exc


def push_icsr(session: requests.Session, url: str, xml: bytes, case_number: str) -> str:
    def attempt() -> str:
        resp = session.post(url, data=xml, headers={"Content-Type": "application/xml"}, timeout=60)
        resp.raise_for_status()
        return resp.headers.get("X-Receipt-Id", "")

    return RetryingSender().call(attempt, f"ICSR {case_number}")
