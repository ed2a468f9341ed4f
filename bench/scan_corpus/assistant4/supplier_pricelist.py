"""Parse supplier price lists uploaded through the vendor portal."""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    # a few suppliers declare currency symbols and units as DTD entities
    "resolve_entities": True,
}


@dataclass
class PriceLine:
    sku: str
    description: str
    unit_price: Decimal
    currency: str
    min_qty: int


def parse_price_list(xml_bytes: bytes) -> list[PriceLine]:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    currency = root.get("currency", "EUR")
    lines = []
    for item in root.iterfind(".//item"):
        lines.append(PriceLine(
            sku=item.findtext("sku", "").strip(),
            description=item.findtext("description", "").strip(),
            unit_price=Decimal(item.findtext("price", "0")),
            currency=item.get("currency", currency),
            min_qty=int(item.findtext("minQty", "1")),
        ))
    return lines
