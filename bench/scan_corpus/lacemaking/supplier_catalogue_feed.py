"""Import the thread supplier's XML catalogue feed into the shop's product table."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree

log = logging.getLogger(__name__)

FEED_NS = {"c": "urn:threadsupplier:catalogue:3"}


@dataclass
class CatalogueItem:
    sku: str
    name: str
    fibre: str
    weight: str
    price: Decimal
    in_stock: bool


class CatalogueFeedReader:
    def __init__(self, feed_url: str, timeout: float = 30.0) -> None:
        self._feed_url = feed_url
        self._timeout = timeout
        self._parser = etree.XMLParser(
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
        )

    def fetch(self) -> bytes:
        resp = requests.get(self._feed_url, timeout=self._timeout)
        resp.raise_for_status()
        return resp.content

    def parse(self, data: bytes) -> list[CatalogueItem]:
        root = etree.fromstring(data, parser=self._parser)
        items = []
        for node in root.iterfind("c:item", FEED_NS):
            items.append(CatalogueItem(
                sku=node.findtext("c:sku", namespaces=FEED_NS, default="").strip(),
                name=node.findtext("c:name", namespaces=FEED_NS, default="").strip(),
                fibre=node.findtext("c:fibre", namespaces=FEED_NS, default="linen"),
                weight=node.findtext("c:weight", namespaces=FEED_NS, default=""),
                price=Decimal(node.findtext("c:price", namespaces=FEED_NS, default="0")),
                in_stock=node.get("available", "false") == "true",
            ))
        return [i for i in items if i.sku]


def import_catalogue(reader: CatalogueFeedReader, conn) -> int:
    items = reader.parse(reader.fetch())
    with conn:
        conn.executemany(
            "INSERT INTO shop_products (sku, name, fibre, weight, price, in_stock) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET "
            "name = excluded.name, price = excluded.price, in_stock = excluded.in_stock",
            [(i.sku, i.name, i.fibre, i.weight, str(i.price), int(i.in_stock)) for i in items],
        )
    log.info("imported %d catalogue items", len(items))
    return len(items)
