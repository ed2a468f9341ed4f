"""Retry policy for pushing route manifests to the delivery partner.

Subscription boxes and wholesale kegs go out on a partner's vans; each
morning we post the day's manifest. Their API rate-limits bursts, so
retries use exponential backoff with full jitter.
"""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("delivery.manifest")

RETRYABLE = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class ManifestPusher:
    def __init__(self, policy: RetryPolicy = RetryPolicy()):
        self.policy = policy
        self.url = os.environ["DELIVERY_PARTNER_URL"].rstrip("/") + "/v1/manifests"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['DELIVERY_PARTNER_TOKEN']}"

    def push(self, manifest: dict) -> dict:
        idempotency_key = str(uuid.uuid4())
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.post(
                    self.url,
                    json=manifest,
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=15,
                )
            except requests.ConnectionError as exc:
                last_error = exc
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"HTTP {resp.status_code}", response=resp)
            wait = self.policy.delay(attempt)
            log.warning("manifest push attempt %d failed (%s); retrying in %.1fs",
                        attempt + 1, last_error, wait)
            time.sleep(wait)
        raise RuntimeError("delivery partner unavailable") from last_error
