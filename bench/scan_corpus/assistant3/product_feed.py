"""Import product feeds that suppliers upload as XML."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from lxml import etree


@dataclass
class FeedItem:
    sku: str
    title: str
    price: Decimal


# several suppliers declare &nbsp; and friends in an inline DTD
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_feed(upload: IO[bytes]) -> list[FeedItem]:
    tree = etree.parse(upload, _PARSER)
    items: list[FeedItem] = []
    for node in tree.iterfind(".//product"):
        items.append(
            FeedItem(
                sku=node.findtext("sku", "").strip(),
                title=node.findtext("title", "").strip(),
                price=Decimal(node.findtext("price", "0")),
            )
        )
    return items
