"""Retry helper for calls to the luggage and bike transfer contractors."""
from __future__ import annotations

import logging
import random
import time
import uuid
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** attempt))
        return random.uniform(0, ceiling)


def _is_retryable(exc: Exception) -> bool:
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return True
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return exc.response.status_code in RETRYABLE_STATUS
    return False


def with_retries(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy(), label: str = "call") -> T:
    for attempt in range(policy.attempts):
        try:
            return call()
        except Exception as exc:
            if not _is_retryable(exc) or attempt == policy.attempts - 1:
                raise
            pause = policy.delay(attempt)
            log.info("%s failed (%s); retry %d in %.2fs", label, exc, attempt + 1, pause)
            time.sleep(pause)
    raise RuntimeError("unreachable")


def post_transfer(session: requests.Session, url: str, payload: dict) -> dict:
    """Posts a transfer order; the idempotency key makes retries safe on the contractor side."""
    idempotency_key = str(uuid.uuid4())

    def _send() -> dict:
        resp = session.post(url, json=payload, headers={"Idempotency-Key": idempotency_key}, timeout=10)
        resp.raise_for_status()
        return resp.json()

    return with_retries(_send, label=f"transfer {payload.get('reference')}")
