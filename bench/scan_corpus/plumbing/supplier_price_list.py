"""Import the merchant's weekly XML price list into our parts catalogue."""

import logging
from decimal import Decimal
from pathlib import Path

from lxml import etree

from catalogue.repo import upsert_part

log = logging.getLogger(__name__)

NS = {"pl": "urn:merchant:pricelist:2"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_price_list(data: bytes) -> list[dict]:
    root = etree.fromstring(data, _parser())
    items = []
    for item in root.iterfind(".//pl:Item", NS):
        items.append(
            {
                "part_number": item.findtext("pl:PartNo", namespaces=NS).strip(),
                "description": (item.findtext("pl:Description", namespaces=NS) or "").strip(),
                "trade_price": Decimal(item.findtext("pl:TradePrice", namespaces=NS)),
                "pack_size": int(item.findtext("pl:PackSize", default="1", namespaces=NS)),
            }
        )
    return items


def import_price_list(path: Path) -> int:
    items = parse_price_list(path.read_bytes())
    for item in items:
        upsert_part(**item)
    log.info("Imported %d parts from %s", len(items), path.name)
    return len(items)
