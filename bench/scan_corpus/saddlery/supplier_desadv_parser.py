"""Parses XML dispatch advices (DESADV) sent by hardware and tree suppliers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

NS = {"d": "urn:saddlery:edi:desadv:2"}


@dataclass
class DispatchLine:
    supplier_sku: str
    description: str
    quantity: Decimal
    unit: str


@dataclass
class DispatchAdvice:
    supplier_id: str
    despatch_number: str
    ship_date: date
    lines: list[DispatchLine]


class DesadvParser:
    def __init__(self, parser: etree.XMLParser) -> None:
        self._parser = parser

    @classmethod
    def default(cls) -> "DesadvParser":
        parser = etree.XMLParser(
            resolve_entities=True,
            load_dtd=True,
            remove_blank_text=True,
            huge_tree=False,
        )
        return cls(parser)

    def parse(self, payload: bytes) -> DispatchAdvice:
        root = etree.fromstring(payload, parser=self._parser)
        header = root.find("d:Header", NS)
        if header is None:
            raise ValueError("DESADV without header")
        lines = [
            DispatchLine(
                supplier_sku=item.findtext("d:SKU", default="", namespaces=NS),
                description=item.findtext("d:Description", default="", namespaces=NS),
                quantity=Decimal(item.findtext("d:Qty", default="0", namespaces=NS)),
                unit=item.findtext("d:Unit", default="EA", namespaces=NS),
            )
            for item in root.iterfind("d:Lines/d:Line", NS)
        ]
        return DispatchAdvice(
            supplier_id=header.findtext("d:SupplierId", namespaces=NS),
            despatch_number=header.findtext("d:DespatchNo", namespaces=NS),
            ship_date=date.fromisoformat(header.findtext("d:ShipDate", namespaces=NS)),
            lines=lines,
        )


def handle_inbox_message(payload: bytes) -> DispatchAdvice:
    """Entry point used by the AS2 inbox poller for each received message."""
    return DesadvParser.default().parse(payload)
