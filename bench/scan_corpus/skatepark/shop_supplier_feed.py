"""Pulls the distributor's XML product feed and updates pro-shop stock levels."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree
from sqlalchemy import create_engine, text

log = logging.getLogger("shop.supplier")

FEED_URL = os.environ.get("SUPPLIER_FEED_URL", "https://feeds.boardsupply.example/catalog.xml")
FEED_TOKEN = os.environ.get("SUPPLIER_FEED_TOKEN", "")


@dataclass
class FeedItem:
    sku: str
    name: str
    brand: str
    wholesale: Decimal
    available: int


def fetch_feed() -> bytes:
    resp = requests.get(FEED_URL, headers={"Authorization": f"Token {FEED_TOKEN}"}, timeout=30)
    resp.raise_for_status()
    return resp.content


def parse_feed(xml_bytes: bytes) -> list[FeedItem]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser)
    items = []
    for node in root.iterfind(".//product"):
        items.append(
            FeedItem(
                sku=node.findtext("sku", "").strip(),
                name=node.findtext("name", "").strip(),
                brand=node.findtext("brand", "").strip(),
                wholesale=Decimal(node.findtext("price", "0")),
                available=int(node.findtext("stock", "0")),
            )
        )
    return items


def sync_stock(database_url: str) -> int:
    items = parse_feed(fetch_feed())
    engine = create_engine(database_url)
    with engine.begin() as conn:
        for item in items:
            conn.execute(
                text(
                    "INSERT INTO supplier_stock (sku, name, brand, wholesale, available) "
                    "VALUES (:sku, :name, :brand, :wholesale, :available) "
                    "ON CONFLICT (sku) DO UPDATE SET available = EXCLUDED.available, "
                    "wholesale = EXCLUDED.wholesale"
                ),
                item.__dict__,
            )
    log.info("supplier feed synced: %d products", len(items))
    return len(items)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_stock(os.environ["SHOP_DATABASE_URL"])
