"""Parses the XML product catalogue published by fabric distributors.

Distributors publish new collections as an XML catalogue: one product per
bolt with the collection, designer, colourway and wholesale price. The
catalogue is used to pre-fill member shop listings.
"""
from dataclasses import dataclass
from decimal import Decimal

import requests
from lxml import etree

from quilter.config import settings

CATALOG_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
)


@dataclass
class Bolt:
    sku: str
    collection: str
    designer: str
    colourway: str
    wholesale: Decimal


def _text(node, path: str) -> str:
    found = node.find(path)
    return (found.text or "").strip() if found is not None else ""


def parse_catalog(raw: bytes) -> list[Bolt]:
    root = etree.fromstring(raw, CATALOG_PARSER)
    bolts = []
    for product in root.iterfind("product"):
        bolts.append(
            Bolt(
                sku=product.get("sku", ""),
                collection=_text(product, "collection"),
                designer=_text(product, "designer"),
                colourway=_text(product, "colourway"),
                wholesale=Decimal(_text(product, "price") or "0"),
            )
        )
    return bolts


def fetch_distributor_catalog(distributor_code: str) -> list[Bolt]:
    url = settings.DISTRIBUTOR_FEEDS[distributor_code]
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return parse_catalog(resp.content)
