"""Parse XML menu feeds pushed by restaurant POS systems."""
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as ET


@dataclass
class FeedItem:
    sku: str
    name: str
    price: Decimal
    available: bool = True


@dataclass
class MenuFeed:
    restaurant_ref: str
    items: list[FeedItem] = field(default_factory=list)


class FeedError(ValueError):
    pass


def parse_feed(payload: bytes) -> MenuFeed:
    root = ET.fromstring(payload)
    if root.tag != "menu":
        raise FeedError(f"unexpected root element <{root.tag}>")
    feed = MenuFeed(restaurant_ref=root.attrib.get("restaurant", ""))
    for node in root.findall("item"):
        try:
            price = Decimal(node.findtext("price", "0"))
        except InvalidOperation as exc:
            raise FeedError(f"invalid price for item {node.findtext('sku')}") from exc
        feed.items.append(
            FeedItem(
                sku=(node.findtext("sku") or "").strip(),
                name=(node.findtext("name") or "").strip(),
                price=price,
                available=node.attrib.get("available", "true") == "true",
            )
        )
    return feed
