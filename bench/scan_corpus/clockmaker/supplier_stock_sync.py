"""Pull stock levels from the bushing and mainspring supplier.

Runs every hour so the quoting screen can tell customers whether a part is
available before committing to a completion date.
"""
import os

import httpx
from celery import shared_task

from clockmaker.parts.repository import upsert_stock_levels

STOCK_API = "https://api.example-horoparts.co.uk/v1/stock"


def _client() -> httpx.Client:
    api_key = os.environ["HOROPARTS_API_KEY"]
    return httpx.Client(
        base_url=STOCK_API,
        headers={"Authorization": f"Token {api_key}", "Accept": "application/json"},
        timeout=30,
    )


def _pages(client: httpx.Client, family: str):
    cursor = None
    while True:
        params = {"family": family, "limit": 200}
        if cursor:
            params["cursor"] = cursor
        resp = client.get("", params=params)
        resp.raise_for_status()
        body = resp.json()
        yield from body["items"]
        cursor = body.get("next_cursor")
        if not cursor:
            break


@shared_task(name="parts.sync_horoparts_stock")
def sync_stock(families: tuple[str, ...] = ("mainsprings", "bushings", "suspension_springs")) -> int:
    total = 0
    with _client() as client:
        for family in families:
            items = [
                {"sku": it["sku"], "available": int(it["qty"]), "lead_days": it.get("lead_days")}
                for it in _pages(client, family)
            ]
            total += upsert_stock_levels("horoparts", items)
    return total
