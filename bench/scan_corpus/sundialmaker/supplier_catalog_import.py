"""Nightly import of the slate and granite supplier's XML product catalogue."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree
from sqlalchemy import create_engine, text

log = logging.getLogger("catalog_import")


@dataclass
class StoneBlank:
    sku: str
    material: str
    width_mm: int
    height_mm: int
    thickness_mm: int
    price: Decimal
    in_stock: bool


def fetch_catalog(url: str, token: str) -> bytes:
    response = requests.get(
        url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    response.raise_for_status()
    return response.content


def parse_catalog(payload: bytes) -> list[StoneBlank]:
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)
    root = etree.fromstring(payload, parser)
    blanks = []
    for item in root.iterfind(".//blank"):
        blanks.append(
            StoneBlank(
                sku=item.get("sku"),
                material=item.findtext("material", "").strip(),
                width_mm=int(item.findtext("width_mm", "0")),
                height_mm=int(item.findtext("height_mm", "0")),
                thickness_mm=int(item.findtext("thickness_mm", "0")),
                price=Decimal(item.findtext("price", "0")),
                in_stock=item.findtext("stock", "0") != "0",
            )
        )
    return blanks


def store(blanks: list[StoneBlank], dsn: str) -> None:
    engine = create_engine(dsn)
    with engine.begin() as conn:
        for b in blanks:
            conn.execute(
                text(
                    "INSERT INTO stone_blanks (sku, material, width_mm, height_mm, thickness_mm,"
                    " price, in_stock) VALUES (:sku, :material, :w, :h, :t, :price, :stock)"
                    " ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price,"
                    " in_stock = EXCLUDED.in_stock"
                ),
                {"sku": b.sku, "material": b.material, "w": b.width_mm, "h": b.height_mm,
                 "t": b.thickness_mm, "price": b.price, "stock": b.in_stock},
            )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    payload = fetch_catalog(os.environ["STONE_CATALOG_URL"], os.environ["STONE_CATALOG_TOKEN"])
    blanks = parse_catalog(payload)
    store(blanks, os.environ["WORKSHOP_DATABASE_URL"])
    log.info("imported %d stone blanks", len(blanks))


if __name__ == "__main__":
    main()
