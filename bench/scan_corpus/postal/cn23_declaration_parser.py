"""Parser for CN23 customs declarations submitted as XML.

Business senders shipping outside the customs union can upload their CN23
declarations as XML from their shop software instead of filling in the web
form.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as ET
from defusedxml.common import DefusedXmlException

NS = {"cn": "urn:postal:customs:cn23:1"}


class DeclarationError(ValueError):
    pass


@dataclass
class DeclarationLine:
    description: str
    quantity: int
    net_weight_g: int
    value: Decimal
    hs_code: str
    origin_country: str


def _text(el, path: str) -> str:
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def parse_declaration(xml_bytes: bytes) -> tuple[str, list[DeclarationLine]]:
    try:
        root = ET.fromstring(xml_bytes, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise DeclarationError(f"unreadable declaration: {exc}") from exc
    category = root.get("category", "merchandise")
    lines = []
    for item in root.iterfind("cn:Contents/cn:Item", NS):
        try:
            lines.append(DeclarationLine(
                description=_text(item, "cn:Description")[:100],
                quantity=int(_text(item, "cn:Quantity") or 1),
                net_weight_g=int(_text(item, "cn:NetWeight") or 0),
                value=Decimal(_text(item, "cn:Value") or "0"),
                hs_code=_text(item, "cn:HSCode"),
                origin_country=_text(item, "cn:Origin").upper(),
            ))
        except (ValueError, InvalidOperation) as exc:
            raise DeclarationError(f"invalid item line: {exc}") from exc
    if not lines:
        raise DeclarationError("declaration has no items")
    return category, lines
