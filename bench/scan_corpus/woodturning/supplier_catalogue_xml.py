"""Load the supplier's product catalogue (XML) into the web-shop's product table."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as SafeET
from sqlalchemy import create_engine, text

log = logging.getLogger("supplier.catalogue")


@dataclass
class CatalogueItem:
    sku: str
    name: str
    category: str
    trade_price: Decimal
    rrp: Decimal
    in_stock: bool


def _child_text(elem, tag: str, default: str = "") -> str:
    child = elem.find(tag)
    return child.text.strip() if child is not None and child.text else default


def parse_catalogue(path: Path) -> list[CatalogueItem]:
    tree = SafeET.parse(path, forbid_dtd=True)
    items = []
    for product in tree.getroot().iter("product"):
        items.append(
            CatalogueItem(
                sku=product.get("sku", ""),
                name=_child_text(product, "name"),
                category=_child_text(product, "category", "misc"),
                trade_price=Decimal(_child_text(product, "tradePrice", "0")),
                rrp=Decimal(_child_text(product, "rrp", "0")),
                in_stock=_child_text(product, "stock", "0") != "0",
            )
        )
    return [i for i in items if i.sku]


def upsert_items(db_url: str, items: list[CatalogueItem], markup: Decimal = Decimal("1.35")) -> int:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for item in items:
            price = min(item.rrp, (item.trade_price * markup).quantize(Decimal("0.01")))
            conn.execute(
                text(
                    "INSERT INTO products (sku, name, category, price, available) "
                    "VALUES (:sku, :name, :cat, :price, :avail) "
                    "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                    "category = excluded.category, price = excluded.price, "
                    "available = excluded.available"
                ),
                {
                    "sku": item.sku,
                    "name": item.name,
                    "cat": item.category,
                    "price": price,
                    "avail": item.in_stock,
                },
            )
    return len(items)


def import_catalogue(path: Path, db_url: str) -> int:
    items = parse_catalogue(path)
    count = upsert_items(db_url, items)
    log.info("imported %d catalogue items from %s", count, path.name)
    return count
