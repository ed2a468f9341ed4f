"""Nightly sync of yarn prices and stock levels from the wool mill's wholesale API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("yarn_sync")


@dataclass
class SupplierSettings:
    base_url: str = "https://wholesale.millyarns.example/api/v2"
    timeout: float = 15.0
    verify_tls: bool = False
    page_size: int = 200

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(base_url=os.environ.get("MILL_API_URL", cls.base_url))


class SupplierClient:
    def __init__(self, settings: SupplierSettings, api_token: str) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.verify_tls
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def iter_products(self):
        page = 1
        while True:
            resp = self.session.get(
                f"{self.settings.base_url}/products",
                params={"page": page, "per_page": self.settings.page_size},
                timeout=self.settings.timeout,
            )
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            if not body.get("next_page"):
                break
            page = body["next_page"]


def sync_stock(client: SupplierClient, stock: dict[str, dict]) -> int:
    """Updates the local stock dict keyed by SKU; returns number of changed rows."""
    changed = 0
    for item in client.iter_products():
        sku = item["sku"]
        price = Decimal(str(item["wholesale_price"]))
        entry = stock.setdefault(sku, {"name": item["name"], "price": price, "cones": 0})
        if entry["price"] != price or entry.get("mill_cones") != item["available"]:
            entry["price"] = price
            entry["mill_cones"] = item["available"]
            changed += 1
    log.info("supplier sync updated %d SKUs", changed)
    return changed


if __name__ == "__main__":
    client = SupplierClient(SupplierSettings.from_env(), os.environ["MILL_API_TOKEN"])
    sync_stock(client, {})
