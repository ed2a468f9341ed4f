"""Retry helper for pushing LSS telemetry batches upstream over flaky gallery links."""
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry_with_jitter(
    fn: Callable[[], T],
    *,
    attempts: int = 6,
    base_delay: float = 0.5,
    max_delay: float = 30.0,
    retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
) -> T:
    """Call ``fn`` with exponential backoff and full jitter between attempts."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except retry_on as exc:
            if attempt == attempts:
                raise
            cap = min(max_delay, base_delay * 2 ** (attempt - 1))
            delay = random.uniform(0, cap)
            log.warning("attempt %d/%d failed (%s); retrying in %.2fs", attempt, attempts, exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
