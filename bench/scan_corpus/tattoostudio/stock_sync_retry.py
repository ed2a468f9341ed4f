"""Push stock counts from the studio tablets to the central inventory service.

Tablets often sit on flaky studio Wi-Fi, so uploads are retried with
exponential backoff and jitter to avoid every tablet retrying in lockstep.
"""
import logging
import random
import time
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def with_backoff(fn: Callable[[], T], attempts: int = MAX_ATTEMPTS) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except (requests.ConnectionError, requests.Timeout) as exc:
            if attempt == attempts:
                raise
            delay = min(MAX_DELAY, BASE_DELAY * 2 ** attempt)
            delay = random.uniform(0, delay)
            log.info("stock sync attempt %d failed (%s); retrying in %.1fs", attempt, exc, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def push_counts(api_base: str, session: requests.Session, studio: str, counts: dict[str, int]) -> None:
    def _send():
        resp = session.put(f"{api_base}/studios/{studio}/stock", json=counts, timeout=10)
        resp.raise_for_status()
        return resp

    with_backoff(_send)
