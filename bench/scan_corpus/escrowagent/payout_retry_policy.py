"""Retry policy for bank payout submissions that fail with transient errors."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_attempts: int = 6

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class TransientBankError(Exception):
    pass


def _is_transient(exc: Exception) -> bool:
    if isinstance(exc, (requests.ConnectionError, requests.Timeout, TransientBankError)):
        return True
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return exc.response.status_code in RETRYABLE_STATUS
    return False


def with_retries(operation: Callable[[], T], policy: BackoffPolicy = BackoffPolicy(), label: str = "payout") -> T:
    attempt = 0
    while True:
        try:
            return operation()
        except Exception as exc:
            attempt += 1
            if attempt >= policy.max_attempts or not _is_transient(exc):
                raise
            pause = policy.delay_for(attempt)
            log.warning("%s attempt %d failed (%s); retrying in %.2fs", label, attempt, type(exc).__name__, pause)
            time.sleep(pause)


def submit_with_retries(client, payout) -> str:
    """Submits one payout; the bank deduplicates on the idempotency key, so retries are safe."""
    return with_retries(
        lambda: client.create_payout(
            payout.id, payout.iban, payout.beneficiary_name, payout.amount, payout.currency
        ),
        label=f"payout {payout.id}",
    )
