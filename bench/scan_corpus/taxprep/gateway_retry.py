"""Retry policy for calls to the e-file transmission gateway.

The gateway throttles aggressively during peak season (late March / mid
April), so retries use exponential backoff with full jitter to avoid
synchronised bursts from all workers.
"""
from __future__ import annotations

import logging
import random
import time
from functools import wraps
from typing import Callable, TypeVar

import httpx

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def with_retries(max_attempts: int = 6) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except httpx.HTTPStatusError as exc:
                    if exc.response.status_code not in RETRYABLE_STATUS or attempt == max_attempts - 1:
                        raise
                    delay = backoff_delay(attempt)
                except httpx.TransportError:
                    if attempt == max_attempts - 1:
                        raise
                    delay = backoff_delay(attempt)
                log.info("gateway call %s retry %d in %.1fs", fn.__name__, attempt + 1, delay)
                time.sleep(delay)
            raise RuntimeError("unreachable")
        return wrapper
    return decorator
