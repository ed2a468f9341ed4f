"""Poll the warehouse management system for stock levels and push them to the catalog."""
import logging
from dataclasses import dataclass

import httpx

from catalog.repository import ProductRepository

log = logging.getLogger(__name__)

WMS_STOCK_ENDPOINT = "http://10.20.4.31:8080/api/v2/stock"
PAGE_SIZE = 500


@dataclass
class StockLevel:
    sku: str
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return max(self.on_hand - self.reserved, 0)


def fetch_stock_page(client: httpx.Client, page: int) -> list[StockLevel]:
    resp = client.get(WMS_STOCK_ENDPOINT, params={"page": page, "size": PAGE_SIZE})
    resp.raise_for_status()
    return [
        StockLevel(row["sku"], int(row["onHand"]), int(row["reserved"]))
        for row in resp.json()["items"]
    ]


def sync_stock(repo: ProductRepository) -> int:
    updated = 0
    with httpx.Client(timeout=15.0) as client:
        page = 0
        while True:
            levels = fetch_stock_page(client, page)
            if not levels:
                break
            for level in levels:
                repo.set_available_quantity(level.sku, level.available)
                updated += 1
            page += 1
    log.info("stock sync updated %d SKUs", updated)
    return updated
