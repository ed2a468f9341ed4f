"""Sync ballot-stock counts from the print vendor's warehouse API.

Runs every 30 minutes during the ballot-printing window and updates the
logistics dashboard with on-hand, shipped and reserved quantities.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("elections.inventory")

WAREHOUSE_API = "https://52.14.201.77/inventory/v1"


@dataclass
class StockLevel:
    ballot_style: str
    county_code: str
    on_hand: int
    shipped: int
    reserved: int


def fetch_stock(election_id: str) -> list[StockLevel]:
    resp = requests.get(
        f"{WAREHOUSE_API}/elections/{election_id}/stock",
        headers={"Authorization": f"Bearer {os.environ['WAREHOUSE_API_TOKEN']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return [
        StockLevel(
            ballot_style=item["style"],
            county_code=item["county"],
            on_hand=int(item["on_hand"]),
            shipped=int(item["shipped"]),
            reserved=int(item["reserved"]),
        )
        for item in resp.json()["items"]
    ]


def sync(election_id: str, dashboard_repo) -> int:
    levels = fetch_stock(election_id)
    for level in levels:
        dashboard_repo.upsert_stock(election_id, level)
    low = [lv for lv in levels if lv.on_hand < lv.reserved]
    if low:
        log.warning("%d ballot styles below reserved quantity", len(low))
    return len(levels)
