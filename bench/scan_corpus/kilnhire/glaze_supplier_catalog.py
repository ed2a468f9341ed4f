"""Nightly import of glaze and raw material price lists from suppliers.

Suppliers publish an XML catalogue feed; we pull it and upsert products into
the glaze shop.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

import requests
from lxml import etree

log = logging.getLogger(__name__)


@dataclass
class CatalogueItem:
    sku: str
    name: str
    unit: str
    price: Decimal
    in_stock: bool


class SupplierCatalogueReader:
    def __init__(self, feed_url: str, timeout: float = 30.0):
        self.feed_url = feed_url
        self.timeout = timeout
        self._parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)

    def fetch(self) -> bytes:
        resp = requests.get(self.feed_url, timeout=self.timeout)
        resp.raise_for_status()
        return resp.content

    def parse(self, raw: bytes) -> Iterator[CatalogueItem]:
        root = etree.fromstring(raw, parser=self._parser)
        for node in root.iterfind(".//product"):
            yield CatalogueItem(
                sku=node.findtext("sku", "").strip(),
                name=node.findtext("name", "").strip(),
                unit=node.findtext("unit", "kg").strip(),
                price=Decimal(node.findtext("price", "0")),
                in_stock=node.findtext("stock", "0").strip() not in ("0", ""),
            )


def sync_supplier(reader: SupplierCatalogueReader, shop_repo) -> int:
    count = 0
    for item in reader.parse(reader.fetch()):
        if not item.sku:
            continue
        shop_repo.upsert_product(
            sku=item.sku,
            name=item.name,
            unit=item.unit,
            price=item.price,
            available=item.in_stock,
        )
        count += 1
    log.info("synced %d products from %s", count, reader.feed_url)
    return count
