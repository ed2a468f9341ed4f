"""Push confirmed wholesale orders to the haulier's booking API.

The haulier's API is flaky in the mornings, so calls are retried with
exponential backoff and jitter.  Each booking carries an idempotency key so
a retried request never books a second lorry.
"""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger("haulier_sync")

RETRYABLE = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class HaulierBookingClient:
    def __init__(self, base_url: str, token: str, policy: RetryPolicy = RetryPolicy()) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=15.0,
        )
        self._policy = policy

    @classmethod
    def from_env(cls) -> "HaulierBookingClient":
        return cls(os.environ["HAULIER_API_URL"], os.environ["HAULIER_API_TOKEN"])

    def book(self, order_ref: str, pallets: int, collection_date: str, postcode: str) -> dict:
        idempotency_key = str(uuid.uuid4())
        body = {
            "reference": order_ref,
            "pallets": pallets,
            "collection_date": collection_date,
            "delivery_postcode": postcode,
        }
        for attempt in range(self._policy.attempts):
            try:
                resp = self._client.post(
                    "/bookings", json=body, headers={"Idempotency-Key": idempotency_key}
                )
            except httpx.TransportError as exc:
                log.warning("booking %s: transport error %s", order_ref, type(exc).__name__)
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("booking %s: haulier returned %s", order_ref, resp.status_code)
            pause = self._policy.delay(attempt)
            log.info("booking %s: retrying in %.1fs", order_ref, pause)
            time.sleep(pause)
        raise RuntimeError(f"could not book collection for {order_ref}")
