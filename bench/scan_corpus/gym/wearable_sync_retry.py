"""Retry policy for wearable sync calls.

The vendor rate-limits per partner app; when hundreds of members open the
app after a class finishes we get bursts of 429s. Full-jitter backoff keeps
the workers from retrying in lockstep.
"""
import logging
import random
import time
from functools import wraps

import httpx

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def with_retries(max_attempts: int = 5):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except httpx.HTTPStatusError as exc:
                    if exc.response.status_code not in RETRYABLE_STATUS or attempt == max_attempts - 1:
                        raise
                    retry_after = exc.response.headers.get("Retry-After")
                    delay = float(retry_after) if retry_after and retry_after.isdigit() else backoff_delay(attempt)
                    log.info("sync call %s got %s, retrying in %.1fs", fn.__name__,
                             exc.response.status_code, delay)
                    time.sleep(delay)
        return wrapper
    return decorator
