"""Pulls the kiosk snack supplier's XML price list and updates kiosk sell prices."""
from __future__ import annotations

import logging
import os
import sqlite3
from decimal import Decimal

import httpx
from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)

MARKUP = Decimal("1.45")


def fetch_feed(client: httpx.Client) -> bytes:
    resp = client.get(os.environ["SUPPLIER_PRICE_FEED_URL"], timeout=20.0)
    resp.raise_for_status()
    return resp.content


def parse_prices(xml_bytes: bytes) -> dict[str, Decimal]:
    root = SafeET.fromstring(xml_bytes)
    prices = {}
    for item in root.iter("item"):
        sku = (item.findtext("sku") or "").strip()
        cost = (item.findtext("unitCost") or "").strip()
        if not sku or not cost:
            continue
        prices[sku] = Decimal(cost)
    return prices


def sell_price(cost: Decimal) -> int:
    """Returns a sell price in pence, rounded up to the next 5p."""
    pence = int((cost * MARKUP * 100).to_integral_value())
    return pence + (-pence % 5)


def apply_prices(db_path: str, prices: dict[str, Decimal]) -> int:
    changed = 0
    with sqlite3.connect(db_path) as conn:
        for sku, cost in prices.items():
            cur = conn.execute(
                "UPDATE kiosk_items SET cost_pence = ?, price_pence = ? WHERE sku = ? AND price_locked = 0",
                (int(cost * 100), sell_price(cost), sku),
            )
            changed += cur.rowcount
    return changed


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    with httpx.Client(headers={"Authorization": f"Bearer {os.environ['SUPPLIER_FEED_TOKEN']}"}) as client:
        prices = parse_prices(fetch_feed(client))
    changed = apply_prices(os.environ.get("KIOSK_DB_PATH", "/var/lib/puttpalace/kiosk.db"), prices)
    log.info("price feed: %d items, %d kiosk prices updated", len(prices), changed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
