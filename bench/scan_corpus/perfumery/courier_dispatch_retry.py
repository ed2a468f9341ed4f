"""Books courier pickups for sample parcels with retries on transient failures."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

log = logging.getLogger("fulfilment.courier")
T = TypeVar("T")

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


def with_retries(call: Callable[[], T], policy: BackoffPolicy = BackoffPolicy()) -> T:
    for attempt in range(policy.attempts):
        try:
            return call()
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code not in RETRYABLE_STATUS or attempt == policy.attempts - 1:
                raise
        except httpx.TransportError:
            if attempt == policy.attempts - 1:
                raise
        pause = policy.delay(attempt)
        log.warning("courier call failed (attempt %d), retrying in %.2fs", attempt + 1, pause)
        time.sleep(pause)
    raise RuntimeError("unreachable")


def book_pickup(client: httpx.Client, parcel_ids: list[str], boutique_code: str) -> str:
    def _post() -> str:
        resp = client.post(
            "/pickups", json={"parcels": parcel_ids, "site": boutique_code}, timeout=10
        )
        resp.raise_for_status()
        return resp.json()["pickup_id"]

    return with_retries(_post)


def courier_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["COURIER_API_URL"],
        headers={"Authorization": f"Bearer {os.environ['COURIER_API_TOKEN']}"},
    )
