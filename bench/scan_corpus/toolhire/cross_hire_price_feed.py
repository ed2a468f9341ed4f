"""Parses daily price feeds that cross-hire partners post to our partner API.

A feed lists which items a partner can supply tomorrow and at what day rate,
so the hire desk can fill orders our own fleet cannot.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import List

from lxml import etree

FEED_PARSER_OPTS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
}

_PARSER = etree.XMLParser(**FEED_PARSER_OPTS)


@dataclass
class FeedLine:
    partner_sku: str
    category: str
    quantity: int
    day_rate: Decimal


class FeedError(ValueError):
    pass


def parse_feed(payload: bytes) -> List[FeedLine]:
    try:
        root = etree.fromstring(payload, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"malformed feed: {exc}") from exc
    if root.tag != "availability":
        raise FeedError("unexpected root element")
    lines: List[FeedLine] = []
    for item in root.iter("item"):
        try:
            lines.append(
                FeedLine(
                    partner_sku=item.get("sku", "").strip(),
                    category=(item.findtext("category") or "").strip(),
                    quantity=int(item.findtext("qty") or 0),
                    day_rate=Decimal(item.findtext("rate") or "0"),
                )
            )
        except (ValueError, InvalidOperation) as exc:
            raise FeedError(f"invalid item {item.get('sku')}: {exc}") from exc
    return [line for line in lines if line.partner_sku and line.quantity > 0]


def ingest(partner_id: int, payload: bytes, repo) -> int:
    lines = parse_feed(payload)
    repo.replace_partner_availability(partner_id, lines)
    return len(lines)
