"""Intake of electronic customs declarations (H7 low-value consignments).

Marketplaces post their declarations as XML to the partner API. We only need
a handful of fields before the full record is forwarded to the broker.
"""
from __future__ import annotations

from decimal import Decimal

from lxml import etree

NS = {"h7": "urn:courier:customs:h7:1.0"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


class DeclarationError(ValueError):
    pass


def _text(node: etree._Element, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None or not value.strip():
        raise DeclarationError(f"missing {path}")
    return value.strip()


def parse_declaration(xml_bytes: bytes) -> dict:
    try:
        root = etree.fromstring(xml_bytes, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DeclarationError(f"invalid XML: {exc}") from exc

    items = []
    for item in root.iterfind("h7:GoodsItem", namespaces=NS):
        items.append({
            "hs_code": _text(item, "h7:CommodityCode"),
            "description": _text(item, "h7:Description"),
            "value": Decimal(_text(item, "h7:IntrinsicValue")),
            "origin": _text(item, "h7:CountryOfOrigin"),
        })
    if not items:
        raise DeclarationError("declaration has no goods items")

    return {
        "reference": _text(root, "h7:LRN"),
        "consignee_country": _text(root, "h7:Consignee/h7:Country"),
        "currency": _text(root, "h7:Currency"),
        "items": items,
    }
