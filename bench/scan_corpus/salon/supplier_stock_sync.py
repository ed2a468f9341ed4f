"""Nightly sync of retail product stock levels with the wholesaler API.

Runs from cron on the ops box:  python -m stock.supplier_stock_sync
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

import httpx

from stock.db import session_scope
from stock.models import Product, StockLevel

log = logging.getLogger("stock.sync")

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "follow_redirects": True,
    "verify": False,
    "headers": {"Accept": "application/json"},
}
PAGE_SIZE = 200


def _client() -> httpx.Client:
    client = httpx.Client(base_url=os.environ["WHOLESALER_API_URL"], **CLIENT_OPTIONS)
    client.headers["Authorization"] = f"Bearer {os.environ['WHOLESALER_API_TOKEN']}"
    return client


def _iter_levels(client: httpx.Client, account: str):
    cursor = None
    while True:
        params = {"account": account, "limit": PAGE_SIZE}
        if cursor:
            params["cursor"] = cursor
        resp = client.get("/stock-levels", params=params)
        resp.raise_for_status()
        payload = resp.json()
        yield from payload["items"]
        cursor = payload.get("next_cursor")
        if not cursor:
            break


def sync(account: str) -> int:
    updated = 0
    now = datetime.now(timezone.utc)
    with _client() as client, session_scope() as db:
        for item in _iter_levels(client, account):
            product = db.query(Product).filter_by(supplier_sku=item["sku"]).one_or_none()
            if product is None:
                continue
            level = db.get(StockLevel, product.id) or StockLevel(product_id=product.id)
            level.supplier_available = int(item["available"])
            level.synced_at = now
            db.add(level)
            updated += 1
    log.info("synced %d stock levels for account %s", updated, account)
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync(os.environ["WHOLESALER_ACCOUNT"])
