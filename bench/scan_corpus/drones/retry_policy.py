"""Retry helper for calls from the dispatcher to drone docks and partner APIs.

Uses exponential backoff with "full jitter" so that a fleet of docks that lost
connectivity at the same moment doesn't reconnect in lockstep.
"""
import functools
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class RetryPolicy:
    def __init__(self, attempts: int = 5, base_delay: float = 0.5, max_delay: float = 30.0,
                 retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError)):
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.retry_on = retry_on

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    def call(self, fn: Callable[..., T], *args, **kwargs) -> T:
        for attempt in range(self.attempts):
            try:
                return fn(*args, **kwargs)
            except self.retry_on as exc:
                if attempt == self.attempts - 1:
                    raise
                wait = self.delay_for(attempt)
                log.warning("%s failed (%s); retry %d in %.2fs", fn.__name__, exc, attempt + 1, wait)
                time.sleep(wait)
        raise AssertionError("unreachable")


def retrying(policy: RetryPolicy | None = None):
    policy = policy or RetryPolicy()

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return policy.call(fn, *args, **kwargs)
        return wrapper
    return decorator
