"""Parse the nightly product feed suppliers upload to the SFTP drop."""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"f": "urn:acme:supplier-feed:2"}


@dataclass
class FeedItem:
    sku: str
    title: str
    price: Decimal
    stock: int


def parse_feed(path: Path) -> list[FeedItem]:
    data = path.read_bytes()
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, huge_tree=True)
    root = etree.fromstring(data, parser)

    items = []
    for node in root.iterfind("f:item", namespaces=NS):
        items.append(
            FeedItem(
                sku=node.findtext("f:sku", namespaces=NS).strip(),
                title=node.findtext("f:title", default="", namespaces=NS).strip(),
                price=Decimal(node.findtext("f:price", default="0", namespaces=NS)),
                stock=int(node.findtext("f:stock", default="0", namespaces=NS)),
            )
        )
    return items


def parse_drop_folder(folder: Path) -> dict[str, list[FeedItem]]:
    return {p.name: parse_feed(p) for p in sorted(folder.glob("*.xml"))}
