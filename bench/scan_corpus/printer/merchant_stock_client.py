"""Client for the paper merchant's stock and pricing API.

The estimator checks availability of coated and uncoated stocks before a quote
is confirmed, and the buyer dashboard shows current price per thousand sheets.
"""
import logging
from dataclasses import dataclass

import httpx

from printshop.config import settings

log = logging.getLogger("printshop.suppliers")


@dataclass
class StockLevel:
    sku: str
    sheets_available: int
    price_per_thousand: float


def _to_level(item: dict) -> StockLevel:
    return StockLevel(item["sku"], int(item["available"]), float(item["price_m"]))


class MerchantStockClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            timeout=timeout,
        )

    def _get(self, path: str, **params) -> dict:
        log.debug("GET %s params=%s headers=%s", path, params, dict(self._client.headers))
        resp = self._client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()

    def stock_level(self, sku: str) -> StockLevel:
        return _to_level(self._get(f"/v2/stock/{sku}"))

    def bulk_levels(self, skus: list[str]) -> list[StockLevel]:
        data = self._get("/v2/stock", sku=",".join(skus))
        return [_to_level(item) for item in data["items"]]

    def close(self) -> None:
        self._client.close()


def default_client() -> MerchantStockClient:
    return MerchantStockClient(settings.MERCHANT_API_URL, settings.MERCHANT_API_KEY)
