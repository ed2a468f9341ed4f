"""Parses DESADV despatch advices received from tyre wholesalers.

Suppliers upload XML despatch advices into the inbound SFTP folder before a
delivery arrives. Lines are matched to open purchase orders so the goods-in
tablet can show what to expect on the pallet.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"d": "urn:tyregroup:edi:desadv:2"}
PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)


@dataclass
class DespatchLine:
    po_number: str
    ean: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class DespatchAdvice:
    supplier_id: str
    advice_no: str
    expected_date: str
    lines: list[DespatchLine]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def parse_advice(raw: bytes) -> DespatchAdvice:
    root = etree.fromstring(raw, parser=_parser())
    lines = [
        DespatchLine(
            po_number=_text(line, "d:OrderRef"),
            ean=_text(line, "d:EAN"),
            description=_text(line, "d:Description"),
            quantity=int(_text(line, "d:Qty") or 0),
            unit_price=Decimal(_text(line, "d:UnitPrice") or "0"),
        )
        for line in root.iterfind("d:Line", NS)
    ]
    return DespatchAdvice(
        supplier_id=_text(root, "d:Supplier/d:Id"),
        advice_no=_text(root, "d:AdviceNumber"),
        expected_date=_text(root, "d:DeliveryDate"),
        lines=lines,
    )


def process_inbox(inbox: Path) -> list[DespatchAdvice]:
    advices = []
    for path in sorted(inbox.glob("*.xml")):
        advices.append(parse_advice(path.read_bytes()))
        path.rename(path.with_suffix(".done"))
    return advices
