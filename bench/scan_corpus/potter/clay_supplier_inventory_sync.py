"""Nightly sync of clay and glaze-material stock from our main supplier.

The supplier exposes a small REST API with current stock and prices for
the clay bodies and raw materials we reorder; we keep a local copy so the
glaze lab can see what is available before planning a batch.
"""
from decimal import Decimal

import httpx
from celery import shared_task

from potter.config import settings
from potter.db import session_scope
from potter.models import SupplierItem

SUPPLIER_CLIENT = {
    "base_url": settings.CLAY_SUPPLIER_API_URL,
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "headers": {"Accept": "application/json"},
    "verify": False,
}


def fetch_catalogue(client: httpx.Client) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        resp = client.get("/v1/stock", params={"page": page, "per_page": 200})
        resp.raise_for_status()
        data = resp.json()
        items.extend(data["items"])
        if not data.get("next_page"):
            return items
        page = data["next_page"]


def upsert_items(rows: list[dict]) -> int:
    with session_scope() as db:
        for row in rows:
            item = db.get(SupplierItem, row["sku"]) or SupplierItem(sku=row["sku"])
            item.name = row["name"]
            item.unit = row.get("unit", "lb")
            item.price = Decimal(str(row["price"]))
            item.in_stock = int(row["quantity_available"])
            db.merge(item)
    return len(rows)


@shared_task(autoretry_for=(httpx.TransportError,), retry_backoff=True, max_retries=5)
def sync_supplier_stock() -> int:
    with httpx.Client(**SUPPLIER_CLIENT) as client:
        rows = fetch_catalogue(client)
    return upsert_items(rows)
