"""Nightly sync of trade prices from the tile merchant's price feed.

Prices change weekly; quotes are built from our local copy so estimators
aren't waiting on the merchant's API while sat in a customer's kitchen.
"""
import csv
import io
import logging
import os
import sqlite3
from datetime import datetime, timezone

import requests

log = logging.getLogger("sync.prices")

FEED_URL = os.environ.get("MERCHANT_FEED_URL", "https://trade.tilemerchant.example/feeds/prices.csv")
DB_PATH = os.environ.get("PRICES_DB", "/var/lib/tiler/prices.sqlite3")


def fetch_feed(session: requests.Session) -> str:
    resp = session.get(
        FEED_URL,
        headers={"X-Api-Key": os.environ["MERCHANT_API_KEY"], "Accept": "text/csv"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.text


def parse(feed: str):
    for row in csv.DictReader(io.StringIO(feed)):
        yield (
            row["sku"],
            row["description"],
            row.get("finish", ""),
            float(row["trade_price"]),
            int(row.get("pack_m2_x100", 0)) / 100,
        )


def store(rows, db_path: str = DB_PATH) -> int:
    stamp = datetime.now(timezone.utc).isoformat()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO prices (sku, description, finish, trade_price, pack_m2, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (sku) DO UPDATE SET trade_price = excluded.trade_price, "
            "pack_m2 = excluded.pack_m2, updated_at = excluded.updated_at",
            [(*r, stamp) for r in rows],
        )
        return conn.total_changes


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    with requests.Session() as session:
        feed = fetch_feed(session)
    changed = store(parse(feed))
    log.info("price feed synced, %d rows changed", changed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
