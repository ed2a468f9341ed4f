"""Retry policy for the lightning and radar feeds polled by the heliport weather service."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger("wx.retry")


@dataclass(frozen=True)
class Backoff:
    base_s: float = 0.5
    cap_s: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return rng(0.0, ceiling)


RETRYABLE_STATUS = {429, 502, 503, 504}


def with_retries(call: Callable[[], T], policy: Backoff = Backoff(), sleep: Callable[[float], None] = time.sleep) -> T:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return call()
        except requests.HTTPError as exc:
            if exc.response is None or exc.response.status_code not in RETRYABLE_STATUS:
                raise
            last_exc = exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
        pause = policy.delay(attempt)
        log.info("weather feed attempt %d failed; retrying in %.2fs", attempt + 1, pause)
        sleep(pause)
    assert last_exc is not None
    raise last_exc


def fetch_lightning_strikes(radius_km: int = 50) -> list[dict]:
    url = os.environ["WX_LIGHTNING_FEED_URL"]

    def call() -> list[dict]:
        resp = requests.get(url, params={"radius_km": radius_km}, timeout=5)
        resp.raise_for_status()
        return resp.json()["strikes"]

    return with_retries(call)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(len(fetch_lightning_strikes()), "strikes within 50 km")
