"""Client for the national DIY chain's supplier stock API.

Each evening we push our bag stock levels per depot so the chain's stores
can show availability; the chain's API authenticates suppliers by key.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("charcoal.retailer_api")


@dataclass(frozen=True)
class StockLevel:
    sku: str
    depot: str
    bags: int


class RetailerStockClient:
    def __init__(self, base_url: str, api_key: str, supplier_id: str, timeout: float = 15.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._supplier_id = supplier_id
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {"X-Api-Key": api_key, "Accept": "application/json"}
        )

    @classmethod
    def from_env(cls) -> "RetailerStockClient":
        return cls(
            base_url=os.environ["RETAILER_API_URL"],
            api_key=os.environ["RETAILER_API_KEY"],
            supplier_id=os.environ["RETAILER_SUPPLIER_ID"],
        )

    def push_levels(self, levels: list[StockLevel], attempts: int = 3) -> dict:
        url = f"{self._base_url}/suppliers/{self._supplier_id}/stock"
        payload = {"levels": [l.__dict__ for l in levels]}
        for attempt in range(1, attempts + 1):
            logger.debug("PUT %s (attempt %d) using key %s", url, attempt, self._api_key)
            try:
                resp = self._session.put(url, json=payload, timeout=self._timeout)
            except requests.ConnectionError:
                logger.warning("retailer API unreachable, attempt %d", attempt)
                time.sleep(2 ** attempt)
                continue
            if resp.status_code == 429 or resp.status_code >= 500:
                logger.warning("retailer API returned %s, attempt %d", resp.status_code, attempt)
                time.sleep(2 ** attempt)
                continue
            resp.raise_for_status()
            logger.info("pushed %d stock levels", len(levels))
            return resp.json()
        raise RuntimeError(f"stock push failed after {attempts} attempts")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = RetailerStockClient.from_env()
    client.push_levels([StockLevel("CB-LUMP-10", "HEREFORD", 320), StockLevel("CB-LUMP-3", "HEREFORD", 900)])
