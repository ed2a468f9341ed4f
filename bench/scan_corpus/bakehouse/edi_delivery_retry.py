"""Retry policy for posting DESADV messages to supermarket EDI endpoints.

Partner gateways throttle at peak dispatch time, so failed posts are retried
with exponential backoff and random jitter to avoid synchronised retries.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("edi.retry")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0
    jitter_fraction: float = 0.25


def _delay(policy: BackoffPolicy, attempt: int) -> float:
    ceiling = min(policy.max_delay, policy.base_delay * (2 ** attempt))
    spread = ceiling * policy.jitter_fraction
    return max(0.0, ceiling + random.uniform(-spread, spread))


def post_with_retry(
    url: str,
    payload: bytes,
    headers: dict[str, str],
    policy: BackoffPolicy = BackoffPolicy(),
    sleep: Callable[[float], None] = time.sleep,
) -> requests.Response:
    last_exc: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            resp = requests.post(url, data=payload, headers=headers, timeout=20)
            if resp.status_code not in (429, 502, 503, 504):
                resp.raise_for_status()
                return resp
            last_exc = requests.HTTPError(f"retryable status {resp.status_code}")
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
        wait = _delay(policy, attempt)
        log.warning("post to %s failed (attempt %d), retrying in %.2fs", url, attempt + 1, wait)
        sleep(wait)
    raise RuntimeError(f"giving up on {url}") from last_exc
