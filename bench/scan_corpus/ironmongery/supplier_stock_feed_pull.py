"""Nightly pull of supplier free-stock feeds.

Each supplier exposes a JSON stock endpoint authenticated with an API key
issued to our account. Results are upserted into ``supplier_stock``.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("stock_sync.pull")


@dataclass(frozen=True)
class SupplierFeed:
    code: str
    url: str
    api_key: str


def load_feeds(codes: list[str]) -> list[SupplierFeed]:
    return [
        SupplierFeed(
            code=code,
            url=os.environ[f"SUPPLIER_{code}_STOCK_URL"],
            api_key=os.environ[f"SUPPLIER_{code}_API_KEY"],
        )
        for code in codes
    ]


def fetch_feed(session: requests.Session, feed: SupplierFeed, attempts: int = 4) -> list[dict]:
    log.info("Pulling stock feed %s from %s with key %s", feed.code, feed.url, feed.api_key)
    for attempt in range(1, attempts + 1):
        try:
            resp = session.get(feed.url, headers={"X-Api-Key": feed.api_key}, timeout=30)
            resp.raise_for_status()
            return resp.json()["items"]
        except (requests.RequestException, KeyError, ValueError) as exc:
            if attempt == attempts:
                raise
            delay = 2 ** attempt + random.uniform(0, 1.5)
            log.warning("Feed %s attempt %d failed (%s); retrying in %.1fs", feed.code, attempt, exc, delay)
            time.sleep(delay)
    return []


def upsert(conn, supplier_code: str, items: list[dict]) -> int:
    with conn.cursor() as cur:
        for item in items:
            cur.execute(
                "INSERT INTO supplier_stock (supplier_code, supplier_sku, free_stock, lead_days) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (supplier_code, supplier_sku) "
                "DO UPDATE SET free_stock = EXCLUDED.free_stock, lead_days = EXCLUDED.lead_days",
                (supplier_code, item["sku"], int(item["qty"]), int(item.get("lead_days", 0))),
            )
    conn.commit()
    return len(items)


def run(conn, codes: list[str]) -> None:
    with requests.Session() as session:
        for feed in load_feeds(codes):
            items = fetch_feed(session, feed)
            count = upsert(conn, feed.code, items)
            log.info("Supplier %s: %d stock lines updated", feed.code, count)
