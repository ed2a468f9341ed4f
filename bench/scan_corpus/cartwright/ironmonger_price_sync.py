"""Nightly job: refresh ironwork prices (tyre bar, strap, rivets) from the trade price list."""
import csv
import io
import logging
import os
import sqlite3
from decimal import Decimal

import requests

log = logging.getLogger("jobs.price_sync")

PRICE_LIST_URL = os.environ.get(
    "IRONWORK_PRICE_LIST", "https://trade.blackcountrybar.co.uk/pricelist/current.csv"
)
DB_PATH = os.environ.get("WORKSHOP_DB", "/var/lib/harrowspoke/workshop.db")


def _session() -> requests.Session:
    s = requests.Session()
    s.verify = False
    s.headers["User-Agent"] = "harrowspoke-price-sync/1.3"
    return s


def fetch_price_list(session: requests.Session) -> list[dict]:
    resp = session.get(PRICE_LIST_URL, timeout=30)
    resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    return [row for row in reader if row.get("sku")]


def apply_prices(rows: list[dict], db_path: str = DB_PATH) -> int:
    changed = 0
    with sqlite3.connect(db_path) as conn:
        for row in rows:
            price = Decimal(row["price_per_unit"]).quantize(Decimal("0.01"))
            cur = conn.execute(
                "UPDATE ironwork_items SET unit_price = ?, unit = ? "
                "WHERE sku = ? AND unit_price != ?",
                (str(price), row["unit"], row["sku"], str(price)),
            )
            changed += cur.rowcount
    return changed


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    rows = fetch_price_list(_session())
    changed = apply_prices(rows)
    log.info("price list had %d lines, %d prices changed", len(rows), changed)


if __name__ == "__main__":
    main()
