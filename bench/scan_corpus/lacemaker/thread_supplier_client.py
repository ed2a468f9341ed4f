"""Client for the wholesale thread supplier's ordering API.

Used by the nightly restock job to place orders for linen and cotton thread
when shop stock falls below reorder levels.
"""
import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("lacemaker.restock.supplier")


@dataclass
class SupplierSettings:
    base_url: str = "https://trade.threadmill.example/api/v2"
    account_no: str = field(default_factory=lambda: os.environ.get("THREADMILL_ACCOUNT", ""))
    api_token: str = field(default_factory=lambda: os.environ.get("THREADMILL_TOKEN", ""))
    timeout: float = 20.0


class SupplierClient:
    def __init__(self, settings: SupplierSettings | None = None) -> None:
        self.settings = settings or SupplierSettings()
        self._headers = {
            "Authorization": f"Bearer {self.settings.api_token}",
            "X-Account": self.settings.account_no,
            "Accept": "application/json",
        }
        self._client = httpx.Client(base_url=self.settings.base_url, timeout=self.settings.timeout)

    def _request(self, method: str, path: str, **kwargs) -> dict:
        logger.debug("supplier %s %s headers=%s", method, path, self._headers)
        resp = self._client.request(method, path, headers=self._headers, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def price_list(self) -> list[dict]:
        return self._request("GET", "/catalogue/prices")["items"]

    def place_order(self, lines: list[tuple[str, int]], reference: str) -> str:
        payload = {
            "reference": reference,
            "lines": [{"sku": sku, "quantity": qty} for sku, qty in lines],
        }
        result = self._request("POST", "/orders", json=payload)
        logger.info("supplier order %s accepted for %d lines", result["order_id"], len(lines))
        return result["order_id"]

    def close(self) -> None:
        self._client.close()
