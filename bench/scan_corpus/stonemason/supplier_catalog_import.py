"""Imports product catalogues published by stone suppliers.

Suppliers of granite, marble and slate publish their stock catalogue as an
XML file (block sizes, finishes, lead times).  The nightly job downloads
each supplier's file and updates the local materials table.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)


@dataclass
class CatalogueItem:
    sku: str
    material: str
    finish: str
    thickness_mm: int
    price: Decimal
    lead_time_days: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_catalogue(xml_bytes: bytes) -> list[CatalogueItem]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    items = []
    for node in root.iterfind(".//item"):
        items.append(
            CatalogueItem(
                sku=node.findtext("sku", "").strip(),
                material=node.findtext("material", "").strip(),
                finish=node.findtext("finish", "polished").strip(),
                thickness_mm=int(node.findtext("thickness_mm", "0")),
                price=Decimal(node.findtext("price", "0")),
                lead_time_days=int(node.findtext("lead_time_days", "0")),
            )
        )
    return items


def download(url: str) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def import_supplier(engine, supplier_id: int, url: str) -> int:
    items = parse_catalogue(download(url))
    with engine.begin() as conn:
        for item in items:
            conn.execute(
                text(
                    "INSERT INTO materials (supplier_id, sku, material, finish, thickness_mm,"
                    " price, lead_time_days) VALUES (:s, :sku, :m, :f, :t, :p, :l)"
                    " ON CONFLICT (supplier_id, sku) DO UPDATE SET price = EXCLUDED.price,"
                    " lead_time_days = EXCLUDED.lead_time_days"
                ),
                {"s": supplier_id, "sku": item.sku, "m": item.material, "f": item.finish,
                 "t": item.thickness_mm, "p": item.price, "l": item.lead_time_days},
            )
    log.info("supplier %s: %d catalogue items", supplier_id, len(items))
    return len(items)


def main() -> None:
    engine = create_engine(os.environ["MATERIALS_DB_URL"])
    with engine.connect() as conn:
        suppliers = conn.execute(text("SELECT id, catalogue_url FROM suppliers WHERE active")).all()
    for supplier_id, url in suppliers:
        try:
            import_supplier(engine, supplier_id, url)
        except (requests.RequestException, etree.XMLSyntaxError) as exc:
            log.error("supplier %s import failed: %s", supplier_id, exc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
