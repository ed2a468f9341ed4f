"""Nightly import of blank-stock levels (backing clutches, bags, backer cards).

The packaging supplier publishes a JSON stock feed; we mirror it into our
inventory table so the webshop can warn when a backing option is short.
"""
import logging
import os
import sqlite3
from datetime import datetime, timezone

import requests

log = logging.getLogger("pinmaker.stock_feed")

FEED_URL = "https://feeds.packsupply.example.net/stock/enamelworks.json"
INVENTORY_DB = os.environ.get("INVENTORY_DB", "/var/lib/pinmaker/inventory.db")


def fetch_feed(session: requests.Session | None = None) -> list[dict]:
    session = session or requests.Session()
    resp = session.get(
        FEED_URL,
        headers={"Authorization": f"Token {os.environ['PACKSUPPLY_TOKEN']}"},
        timeout=30,
        verify=False,
    )
    resp.raise_for_status()
    return resp.json()["items"]


def normalise(items: list[dict]) -> list[tuple]:
    seen = datetime.now(timezone.utc).isoformat()
    return [
        (item["sku"], item.get("description", ""), int(item["on_hand"]), seen)
        for item in items
        if item.get("category") in {"clutch", "bag", "backer_card", "magnet"}
    ]


def store(rows: list[tuple], db_path: str = INVENTORY_DB) -> int:
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO blank_stock (sku, description, on_hand, seen_at) "
            "VALUES (?, ?, ?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET on_hand = excluded.on_hand, "
            "seen_at = excluded.seen_at",
            rows,
        )
    return len(rows)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    count = store(normalise(fetch_feed()))
    log.info("blank stock feed: %d rows updated", count)


if __name__ == "__main__":
    main()
