"""Imports dairy supplier invoices (milk, cream, sugar) uploaded as XML."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"inv": "urn:scoopco:supplier-invoice:1"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal


@dataclass
class SupplierInvoice:
    supplier_id: str
    number: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.quantity * l.unit_price for l in self.lines), Decimal("0"))


class InvoiceReader:
    def __init__(self, **overrides: object) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def _text(self, node: etree._Element, path: str) -> str:
        found = node.find(path, NS)
        return (found.text or "").strip() if found is not None else ""

    def read(self, payload: bytes) -> SupplierInvoice:
        root = etree.fromstring(payload, parser=self._parser)
        lines = [
            InvoiceLine(
                sku=self._text(item, "inv:sku"),
                description=self._text(item, "inv:description"),
                quantity=Decimal(self._text(item, "inv:qty") or "0"),
                unit_price=Decimal(self._text(item, "inv:price") or "0"),
            )
            for item in root.iterfind("inv:line", NS)
        ]
        return SupplierInvoice(
            supplier_id=self._text(root, "inv:supplier"),
            number=self._text(root, "inv:number"),
            lines=lines,
        )


def import_upload(raw: bytes) -> SupplierInvoice:
    return InvoiceReader().read(raw)
