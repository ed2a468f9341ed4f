"""Retry wrapper for pushing envelopes to the e-signature provider.

The provider rate-limits bursts when the office sends a whole closing
package at once, so calls are retried with capped exponential backoff
and full jitter.
"""
import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * 2 ** attempt)
        return random.uniform(0, ceiling)


DEFAULT_BACKOFF = Backoff()


def with_retries(call: Callable[[], requests.Response],
                 policy: Backoff = DEFAULT_BACKOFF,
                 sleep: Callable[[float], None] = time.sleep) -> requests.Response:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            response = call()
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
            log.warning("envelope push attempt %d failed: %s", attempt + 1, type(exc).__name__)
        else:
            if response.status_code not in RETRYABLE_STATUS:
                response.raise_for_status()
                return response
            log.warning("envelope push attempt %d got HTTP %d", attempt + 1, response.status_code)
        sleep(policy.delay(attempt))
    raise RuntimeError("e-signature provider unavailable after retries") from last_exc


def push_envelope(session: requests.Session, api_base: str, envelope: dict) -> str:
    """Send an envelope; ``session`` already carries the provider credentials."""
    response = with_retries(
        lambda: session.post(f"{api_base}/envelopes", json=envelope, timeout=20)
    )
    envelope_id = response.json()["id"]
    log.info("envelope %s created for document %s", envelope_id, envelope.get("document_ref"))
    return envelope_id
