"""Parses the XML product catalogues hold manufacturers send for the retail shop and setting stock."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx
from lxml import etree

log = logging.getLogger("shop.catalog")

NS = {"c": "urn:holdmakers:catalog:2"}
PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
)


@dataclass
class CatalogItem:
    sku: str
    name: str
    category: str
    price: Decimal
    in_stock: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_catalog(payload: bytes) -> list[CatalogItem]:
    root = etree.fromstring(payload, parser=_parser())
    items = []
    for node in root.iterfind("c:Product", namespaces=NS):
        items.append(
            CatalogItem(
                sku=node.get("sku", "").strip(),
                name=(node.findtext("c:Name", namespaces=NS) or "").strip(),
                category=(node.findtext("c:Category", namespaces=NS) or "misc").strip(),
                price=Decimal(node.findtext("c:Price", namespaces=NS) or "0"),
                in_stock=int(node.findtext("c:Stock", namespaces=NS) or 0),
            )
        )
    return [i for i in items if i.sku]


def fetch_catalog(feed_url: str, api_key: str) -> list[CatalogItem]:
    with httpx.Client(timeout=30.0) as client:
        resp = client.get(feed_url, headers={"X-Api-Key": api_key})
        resp.raise_for_status()
    items = parse_catalog(resp.content)
    log.info("fetched %d catalogue items from %s", len(items), httpx.URL(feed_url).host)
    return items


def price_changes(current: dict[str, Decimal], items: list[CatalogItem]) -> dict[str, tuple]:
    changes = {}
    for item in items:
        old = current.get(item.sku)
        if old is not None and old != item.price:
            changes[item.sku] = (old, item.price)
    return changes
