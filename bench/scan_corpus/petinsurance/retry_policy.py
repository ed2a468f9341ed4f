"""Retry helper for calls to partner vet practice-management APIs."""
import logging
import random
import time
from functools import wraps

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


def backoff_delays(attempts: int, base: float = 0.5, cap: float = 20.0):
    """Full-jitter exponential backoff so clinics' APIs aren't hit in lockstep."""
    for n in range(attempts):
        yield random.uniform(0, min(cap, base * 2**n))


def with_retries(attempts: int = 5):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            last_exc: Exception | None = None
            for delay in backoff_delays(attempts):
                try:
                    resp = fn(*args, **kwargs)
                except (requests.ConnectionError, requests.Timeout) as exc:
                    last_exc = exc
                else:
                    if resp.status_code not in RETRYABLE_STATUS:
                        return resp
                    last_exc = requests.HTTPError(f"retryable status {resp.status_code}", response=resp)
                log.info("retrying %s in %.2fs", fn.__name__, delay)
                time.sleep(delay)
            raise last_exc

        return wrapper

    return decorator
