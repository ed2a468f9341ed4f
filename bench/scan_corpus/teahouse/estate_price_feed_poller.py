"""Poll the tea auction price feed and cache the latest bids for sourcing buyers."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Any

import httpx

log = logging.getLogger("sourcing.auction_feed")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class AuctionFeed:
    def __init__(self, retry: RetryPolicy = RetryPolicy()) -> None:
        self._retry = retry
        self._client = httpx.Client(
            base_url=os.environ["AUCTION_FEED_URL"],
            headers={"Authorization": f"Bearer {os.environ['AUCTION_FEED_TOKEN']}"},
            timeout=15.0,
        )

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        last_exc: Exception | None = None
        for attempt in range(self._retry.attempts):
            try:
                resp = self._client.get(path, params=params)
                if resp.status_code in (429, 502, 503, 504):
                    raise httpx.HTTPStatusError("retryable", request=resp.request, response=resp)
                resp.raise_for_status()
                return resp.json()
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                last_exc = exc
                pause = self._retry.delay(attempt)
                log.info("feed %s failed (%s); retrying in %.1fs", path, exc, pause)
                time.sleep(pause)
        raise RuntimeError(f"auction feed unavailable after {self._retry.attempts} tries") from last_exc

    def latest_bids(self, sale_no: int, grade: str) -> list[dict[str, Any]]:
        data = self._get(f"/sales/{sale_no}/lots", {"grade": grade})
        return sorted(data.get("lots", []), key=lambda lot: lot["bid_per_kg"], reverse=True)
