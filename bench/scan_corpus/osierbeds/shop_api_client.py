"""Client for the hosted shop platform's admin API.

Used by the stock sync job to push bundle and kit availability to the
shop after each grading session.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShopConfig:
    base_url: str
    access_token: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "ShopConfig":
        return cls(
            base_url=os.environ["SHOP_ADMIN_API_URL"].rstrip("/"),
            access_token=os.environ["SHOP_ADMIN_API_TOKEN"],
        )


class ShopAdminClient:
    def __init__(self, config: ShopConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers["X-Shop-Access-Token"] = config.access_token
        self._session.headers["Accept"] = "application/json"

    def _url(self, path: str) -> str:
        return f"{self._config.base_url}{path}"

    def inventory_item_for(self, sku: str) -> int | None:
        resp = self._session.get(
            self._url("/inventory_items.json"), params={"sku": sku}, timeout=self._config.timeout
        )
        resp.raise_for_status()
        items = resp.json().get("inventory_items", [])
        return items[0]["id"] if items else None

    def set_available(self, sku: str, location_id: int, available: int) -> bool:
        item_id = self.inventory_item_for(sku)
        if item_id is None:
            log.warning("sku %s not found in shop", sku)
            return False
        resp = self._session.post(
            self._url("/inventory_levels/set.json"),
            json={"inventory_item_id": item_id, "location_id": location_id, "available": available},
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        log.info("shop stock for %s set to %d", sku, available)
        return True


def sync_stock(levels: dict[str, int]) -> int:
    client = ShopAdminClient(ShopConfig.from_env())
    location_id = int(os.environ["SHOP_LOCATION_ID"])
    return sum(1 for sku, qty in levels.items() if client.set_available(sku, location_id, qty))
