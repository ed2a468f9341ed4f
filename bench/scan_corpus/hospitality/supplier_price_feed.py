"""Parse the nightly price-change feed that produce suppliers upload as XML."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

NS = {"p": "urn:hospitality:price-feed:v1"}


def _make_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def parse_price_feed(data: bytes) -> dict:
    root = etree.fromstring(data, parser=_make_parser())
    effective = date.fromisoformat(root.get("effectiveDate"))
    changes = []
    for node in root.iterfind("p:price", NS):
        changes.append(
            {
                "sku": node.get("sku"),
                "unit": node.get("unit", "each"),
                "price": Decimal(node.text.strip()),
            }
        )
    return {"supplier": root.get("supplierId"), "effective": effective, "changes": changes}
