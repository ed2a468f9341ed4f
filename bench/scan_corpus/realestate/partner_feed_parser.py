"""Parse XML listing feeds sent by partner agencies.

Partner agencies that co-list with us drop an XML export onto the ingest
endpoint every few hours. This module turns it into listing dicts for the
import step.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
    "huge_tree": False,
}

NS = {"f": "urn:propertyfeed:listing:2"}


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def _make_parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_feed(payload: bytes) -> Iterator[dict]:
    root = etree.fromstring(payload, parser=_make_parser())
    for listing in root.iterfind("f:listing", NS):
        price = _text(listing, "f:price", "0")
        yield {
            "partner_ref": listing.get("id"),
            "address": _text(listing, "f:address/f:line1"),
            "town": _text(listing, "f:address/f:town"),
            "postcode": _text(listing, "f:address/f:postcode").upper(),
            "price": Decimal(price),
            "bedrooms": int(_text(listing, "f:bedrooms", "0")),
            "tenure": _text(listing, "f:tenure", "unknown").lower(),
            "description": _text(listing, "f:description"),
            "photos": [p.get("href") for p in listing.iterfind("f:media/f:photo", NS)],
        }


def count_listings(payload: bytes) -> int:
    return sum(1 for _ in parse_feed(payload))
