"""Retry policy for telemetry uploads from offshore turbines over the satellite link."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter so turbines do not retry in lockstep."""

    base_s: float = 0.5
    cap_s: float = 60.0
    attempts: int = 7

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return (rng or random).uniform(0.0, ceiling)


def with_retries(call: Callable[[], T], policy: Backoff = Backoff(),
                 sleep: Callable[[float], None] = time.sleep) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status not in RETRYABLE_STATUS:
                raise
            last_exc = exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
        pause = policy.delay(attempt)
        log.debug("telemetry upload attempt %d failed; sleeping %.2fs", attempt + 1, pause)
        sleep(pause)
    assert last_exc is not None
    raise last_exc


def upload_batch(session: requests.Session, url: str, batch: list[dict]) -> int:
    def _send() -> int:
        resp = session.post(url, json={"points": batch}, timeout=30)
        resp.raise_for_status()
        return len(batch)

    return with_retries(_send)
