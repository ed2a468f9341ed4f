"""Retry helper for calls to the channel manager API.

The channel manager rate-limits bursts and occasionally returns 502s
during deploys. Calls are retried with exponential backoff and full
jitter so that our sync workers do not retry in lockstep.
"""
from __future__ import annotations

import logging
import random
import time
import uuid
from typing import Callable

import requests

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 500, 502, 503, 504}


class Backoff:
    def __init__(self, base: float = 0.5, cap: float = 30.0, attempts: int = 6) -> None:
        self.base = base
        self.cap = cap
        self.attempts = attempts

    def delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.cap, self.base * 2 ** attempt))


def call_with_retry(
    send: Callable[[dict], requests.Response],
    backoff: Backoff | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> requests.Response:
    backoff = backoff or Backoff()
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    last: requests.Response | None = None
    for attempt in range(backoff.attempts):
        try:
            last = send(headers)
        except (requests.ConnectionError, requests.Timeout) as exc:
            log.warning("channel manager unreachable (%s), attempt %d", type(exc).__name__, attempt + 1)
        else:
            if last.status_code not in RETRY_STATUSES:
                return last
            retry_after = last.headers.get("Retry-After")
            if retry_after and retry_after.isdigit():
                sleep(float(retry_after))
                continue
            log.warning("channel manager returned %d, attempt %d", last.status_code, attempt + 1)
        sleep(backoff.delay(attempt))
    if last is None:
        raise requests.ConnectionError("channel manager unreachable after retries")
    last.raise_for_status()
    return last


def push_rates(session: requests.Session, url: str, rates: list[dict]) -> dict:
    resp = call_with_retry(lambda h: session.post(url, json={"rates": rates}, headers=h, timeout=15))
    return resp.json()
