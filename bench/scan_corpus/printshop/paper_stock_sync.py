"""Nightly sync of paper stock availability and prices from the merchant.

Updates ``paper_stock`` so the quote engine only offers stocks the merchant
can deliver within the job's lead time.
"""
from __future__ import annotations

import logging
import os
from decimal import Decimal

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("stock_sync")

MERCHANT = {
    "base_url": os.environ.get("PAPER_MERCHANT_URL", ""),
    "account": os.environ.get("PAPER_MERCHANT_ACCOUNT", ""),
    "api_key": "pmk_live_9Vb2QhX7tLr4WcN8jZ1sKf6DmA3yPe0G",
    "timeout": 30,
}


def fetch_catalogue(session: requests.Session) -> list[dict]:
    resp = session.get(
        f"{MERCHANT['base_url']}/v1/accounts/{MERCHANT['account']}/stock",
        headers={"X-Api-Key": MERCHANT["api_key"]},
        params={"category": "sheet"},
        timeout=MERCHANT["timeout"],
    )
    resp.raise_for_status()
    return resp.json()["items"]


def upsert_stock(engine: Engine, items: list[dict]) -> int:
    stmt = text(
        "INSERT INTO paper_stock (code, name, gsm, sheet_size, price_per_1000, on_hand) "
        "VALUES (:code, :name, :gsm, :size, :price, :on_hand) "
        "ON CONFLICT (code) DO UPDATE SET price_per_1000 = EXCLUDED.price_per_1000, "
        "on_hand = EXCLUDED.on_hand"
    )
    rows = [
        {
            "code": i["sku"], "name": i["description"], "gsm": i["gsm"],
            "size": i["size"], "price": Decimal(i["price"]), "on_hand": i["available"],
        }
        for i in items
    ]
    with engine.begin() as conn:
        conn.execute(stmt, rows)
    return len(rows)


def run(engine: Engine) -> None:
    with requests.Session() as session:
        items = fetch_catalogue(session)
    count = upsert_stock(engine, items)
    log.info("paper stock sync: %d items updated", count)
