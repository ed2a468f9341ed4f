"""Publish our bag stock feed to the farm-shop cooperative's catalogue API.

Runs every hour from cron.  The cooperative issues each supplier a token;
it is provided to the job through the environment by the deploy.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass

import httpx

log = logging.getLogger("feed_publisher")


@dataclass(frozen=True)
class FeedItem:
    sku: str
    title: str
    weight_kg: float
    bags_available: int
    price_pence: int


def load_items(db_path: str) -> list[FeedItem]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT sku, title, weight_kg, bags_on_hand - bags_reserved, trade_price_pence"
            " FROM bag_stock WHERE listed = 1 ORDER BY sku"
        ).fetchall()
    finally:
        conn.close()
    return [FeedItem(r[0], r[1], float(r[2]), max(int(r[3]), 0), int(r[4])) for r in rows]


def publish(items: list[FeedItem]) -> int:
    catalogue_url = os.environ["COOP_CATALOGUE_URL"].rstrip("/")
    supplier = os.environ["COOP_SUPPLIER_ID"]
    headers = {"Authorization": f"Bearer {os.environ['COOP_API_TOKEN']}"}
    payload = {
        "supplier": supplier,
        "items": [item.__dict__ for item in items],
    }
    with httpx.Client(base_url=catalogue_url, headers=headers, timeout=20.0) as client:
        resp = client.put(f"/suppliers/{supplier}/feed", json=payload)
        resp.raise_for_status()
    accepted = resp.json().get("accepted", 0)
    log.info("published %d of %d feed items for supplier %s", accepted, len(items), supplier)
    return accepted


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    items = load_items(os.environ.get("STOCK_DB_PATH", "/srv/stock/stock.sqlite3"))
    if not items:
        log.warning("no listed stock items; nothing published")
        return
    publish(items)


if __name__ == "__main__":
    main()
