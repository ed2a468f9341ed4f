"""Pull stock levels from the warehouse management system into local inventory."""
import logging
import os

import requests

from inventory.models import StockLevel

log = logging.getLogger(__name__)

WMS_BASE_URL = os.environ["WMS_BASE_URL"]
WMS_TOKEN = os.environ["WMS_API_TOKEN"]


def fetch_stock(warehouse_id: str) -> list[dict]:
    resp = requests.get(
        f"{WMS_BASE_URL}/warehouses/{warehouse_id}/stock",
        headers={"Authorization": f"Bearer {WMS_TOKEN}"},
        timeout=30,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()["items"]


def sync_warehouse(warehouse_id: str) -> int:
    """Update StockLevel rows whose quantity differs from the WMS."""
    updated = 0
    for item in fetch_stock(warehouse_id):
        level, _ = StockLevel.objects.get_or_create(
            sku=item["sku"], warehouse_id=warehouse_id
        )
        if level.quantity != item["qty"]:
            level.quantity = item["qty"]
            level.save(update_fields=["quantity"])
            updated += 1
    log.info("warehouse %s: %d sku levels updated", warehouse_id, updated)
    return updated
