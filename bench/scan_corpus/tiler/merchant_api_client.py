"""Client for the tile merchant's trade API: prices, stock and availability.

Used by the quote builder to price porcelain, wall tiles, adhesives and
trims at current trade rates, and to check branch stock before a fit date.
"""
import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

log = logging.getLogger("merchant.api")


@dataclass
class MerchantConfig:
    base_url: str = os.environ.get("MERCHANT_API_URL", "https://trade.tilemerchant.example/api")
    api_key: str = os.environ.get("MERCHANT_API_KEY", "")
    account_no: str = os.environ.get("MERCHANT_ACCOUNT", "")
    timeout: float = 15.0


class MerchantError(RuntimeError):
    pass


class MerchantClient:
    def __init__(self, config: Optional[MerchantConfig] = None):
        self.config = config or MerchantConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_key}",
                "X-Account": self.config.account_no,
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        url = f"{self.config.base_url}{path}"
        resp = self.session.get(url, params=params, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.error(
                "merchant call failed: %s %s -> %s, headers=%s, body=%s",
                resp.request.method, url, resp.status_code,
                dict(resp.request.headers), resp.text[:500],
            )
            raise MerchantError(f"{path} returned {resp.status_code}")
        return resp.json()

    def price(self, sku: str) -> Dict[str, Any]:
        return self._get(f"/products/{sku}/price")

    def branch_stock(self, sku: str, branch: str) -> int:
        data = self._get(f"/products/{sku}/stock", branch=branch)
        return int(data.get("available", 0))

    def price_list(self, skus: List[str]) -> Dict[str, float]:
        data = self._get("/prices", skus=",".join(skus))
        return {item["sku"]: float(item["trade_price"]) for item in data.get("items", [])}
