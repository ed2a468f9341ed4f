"""Parses XML purchase orders that customers upload through the order portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree


@dataclass
class OrderLine:
    grade: str
    basis_weight_gsm: int
    width_mm: int
    tonnes: Decimal


@dataclass
class PurchaseOrder:
    customer_ref: str
    ship_to: str
    lines: list[OrderLine]


class EdiOrderParser:
    PARSER_OPTIONS = {
        "load_dtd": True,
        "resolve_entities": True,
        "no_network": False,
        "remove_blank_text": True,
    }
    NS = {"po": "urn:papermill:orders:v3"}

    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**self.PARSER_OPTIONS, **overrides})

    def _text(self, node, path: str) -> str:
        found = node.find(path, self.NS)
        if found is None or found.text is None:
            raise ValueError(f"missing element {path}")
        return found.text.strip()

    def parse(self, document: bytes) -> PurchaseOrder:
        root = etree.fromstring(document, parser=self._parser)
        lines = [
            OrderLine(
                grade=self._text(item, "po:Grade"),
                basis_weight_gsm=int(self._text(item, "po:BasisWeight")),
                width_mm=int(self._text(item, "po:Width")),
                tonnes=Decimal(self._text(item, "po:Quantity")),
            )
            for item in root.iterfind("po:Line", self.NS)
        ]
        return PurchaseOrder(
            customer_ref=self._text(root, "po:CustomerRef"),
            ship_to=self._text(root, "po:ShipTo"),
            lines=lines,
        )


def handle_upload(file_storage) -> PurchaseOrder:
    return EdiOrderParser().parse(file_storage.read())
