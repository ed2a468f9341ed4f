"""Push clay and glaze stock levels from the studio stores to the online shop."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("shop.inventory")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class InventorySync:
    def __init__(self, base_url: str, token: str, retry: RetryPolicy | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(10.0),
        )
        self._retry = retry or RetryPolicy()

    def _put(self, path: str, payload: dict) -> httpx.Response:
        for attempt in range(self._retry.attempts):
            try:
                resp = self._client.put(path, json=payload)
                if resp.status_code < 500 and resp.status_code != 429:
                    resp.raise_for_status()
                    return resp
                log.warning("inventory API %s on %s", resp.status_code, path)
            except httpx.TransportError as exc:
                log.warning("transport error on %s: %s", path, exc)
            time.sleep(self._retry.delay_for(attempt))
        raise RuntimeError(f"giving up on {path} after {self._retry.attempts} attempts")

    def push_levels(self, levels: dict[str, int]) -> int:
        pushed = 0
        for sku, qty in levels.items():
            self._put(f"/v1/products/{sku}/stock", {"quantity": max(qty, 0)})
            pushed += 1
        return pushed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync = InventorySync(os.environ["SHOP_API_URL"], os.environ["SHOP_API_TOKEN"])
    print(sync.push_levels({"CLAY-STONEWARE-12KG": 34, "GLAZE-TENMOKU-500G": 12}))
