"""Push stock levels from the workshop database to the online store.

Runs every 15 minutes from cron. Finished pieces (tankards, quaichs, hip
flasks, christening cups) are counted in the workshop DB; the store only
needs the sellable quantity per SKU at the shop location.
"""
import logging
import os
import time

import httpx
import psycopg

log = logging.getLogger("stock_sync")

STORE_DOMAIN = "pewter-and-tin.myshopify.com"
STORE_API_VERSION = "2024-04"
STORE_ACCESS_TOKEN = "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"
LOCATION_ID = 71845623812


def sellable_stock(dsn: str) -> dict[str, int]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT sku, SUM(qty) FROM finished_stock WHERE state = %s GROUP BY sku",
            ("ready",),
        ).fetchall()
    return {sku: int(total) for sku, total in rows}


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=f"https://{STORE_DOMAIN}/admin/api/{STORE_API_VERSION}",
        headers={"X-Shopify-Access-Token": STORE_ACCESS_TOKEN},
        timeout=30.0,
    )


def inventory_item_ids(client: httpx.Client) -> dict[str, int]:
    resp = client.get("/variants.json", params={"limit": 250, "fields": "sku,inventory_item_id"})
    resp.raise_for_status()
    return {v["sku"]: v["inventory_item_id"] for v in resp.json()["variants"] if v.get("sku")}


def _set_level(client: httpx.Client, item_id: int, qty: int) -> httpx.Response:
    body = {"location_id": LOCATION_ID, "inventory_item_id": item_id, "available": qty}
    resp = client.post("/inventory_levels/set.json", json=body)
    if resp.status_code == 429:
        time.sleep(float(resp.headers.get("Retry-After", "2")))
        resp = client.post("/inventory_levels/set.json", json=body)
    return resp


def push(stock: dict[str, int]) -> int:
    updated = 0
    with _client() as client:
        items = inventory_item_ids(client)
        for sku, qty in sorted(stock.items()):
            item_id = items.get(sku)
            if item_id is None:
                log.warning("sku %s is not listed in the store", sku)
                continue
            if _set_level(client, item_id, qty).is_success:
                updated += 1
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = push(sellable_stock(os.environ["WORKSHOP_DSN"]))
    log.info("updated %d store inventory levels", count)
