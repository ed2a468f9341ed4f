"""Retry policy for gantry controllers uploading transaction images over flaky backhaul."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("gantry.retry")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_attempts: int = 8
    jitter: Callable[[float, float], float] = random.uniform

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return self.jitter(0, ceiling)


class RetryableUpload(Exception):
    pass


def with_retries(fn: Callable[[], T], policy: BackoffPolicy = BackoffPolicy()) -> T:
    for attempt in range(policy.max_attempts):
        try:
            return fn()
        except (requests.ConnectionError, requests.Timeout, RetryableUpload) as exc:
            if attempt == policy.max_attempts - 1:
                raise
            pause = policy.delay(attempt)
            log.warning("upload attempt %d failed (%s); retrying in %.2fs", attempt + 1, exc, pause)
            time.sleep(pause)
    raise RuntimeError("unreachable")


def upload_image(session: requests.Session, url: str, image: bytes, txn_id: str) -> None:
    def _once() -> None:
        resp = session.post(
            url,
            files={"image": (f"{txn_id}.jpg", image, "image/jpeg")},
            data={"transaction_id": txn_id},
            timeout=20,
        )
        if resp.status_code in RETRYABLE_STATUS:
            raise RetryableUpload(f"HTTP {resp.status_code}")
        resp.raise_for_status()

    with_retries(_once)
