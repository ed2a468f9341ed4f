"""Retry helper for calls to partner merchant APIs.

Partner endpoints are flaky during their own deploy windows, so calls are
retried with capped exponential backoff. Full jitter spreads retries out so
a partner outage doesn't turn into a synchronised thundering herd.
"""
import functools
import logging
import random
import time
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE_STATUS = {429, 502, 503, 504}


def _sleep_for(attempt: int, base: float, cap: float) -> float:
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def with_backoff(max_attempts: int = 5, base: float = 0.5, cap: float = 20.0):
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except requests.HTTPError as exc:
                    status = exc.response.status_code if exc.response is not None else None
                    if status not in RETRYABLE_STATUS or attempt == max_attempts - 1:
                        raise
                except (requests.ConnectionError, requests.Timeout):
                    if attempt == max_attempts - 1:
                        raise
                delay = _sleep_for(attempt, base, cap)
                log.info("%s failed (attempt %d), retrying in %.2fs", fn.__name__, attempt + 1, delay)
                time.sleep(delay)
            raise AssertionError("unreachable")
        return wrapper
    return decorator
