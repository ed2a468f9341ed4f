"""Nightly sync of axle, hub and bearing stock from the axle foundry's portal.

The foundry publishes a JSON stock list for trade customers; we mirror it
into the local inventory so quotes can show lead times.
"""
import logging
import os
import sqlite3
from datetime import datetime, timezone

import requests

log = logging.getLogger("wainwright.sync.axles")

FOUNDRY_URL = os.environ.get("FOUNDRY_STOCK_URL", "https://trade.northernaxle.co.uk/stock.json")
INVENTORY_DB = os.environ.get("INVENTORY_DB", "/var/lib/wainwright/inventory.sqlite3")


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Token {os.environ['FOUNDRY_TOKEN']}"})
    s.verify = False
    return s


def fetch_stock(session: requests.Session) -> list[dict]:
    resp = session.get(FOUNDRY_URL, timeout=30)
    resp.raise_for_status()
    return resp.json()["items"]


def upsert(conn: sqlite3.Connection, items: list[dict]) -> int:
    now = datetime.now(timezone.utc).isoformat()
    rows = [
        (
            item["part_no"],
            item["description"],
            int(item.get("qty", 0)),
            int(item.get("lead_days", 0)),
            now,
        )
        for item in items
        if item.get("part_no")
    ]
    conn.executemany(
        "INSERT INTO supplier_stock (part_no, description, qty, lead_days, synced_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(part_no) DO UPDATE SET description=excluded.description,"
        " qty=excluded.qty, lead_days=excluded.lead_days, synced_at=excluded.synced_at",
        rows,
    )
    return len(rows)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    with _session() as session:
        items = fetch_stock(session)
    with sqlite3.connect(INVENTORY_DB) as conn:
        count = upsert(conn, items)
    log.info("synced %d axle foundry stock lines", count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
