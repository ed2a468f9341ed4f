"""Imports spawn and substrate supplier invoices delivered as XML through the buyer portal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lxml import etree

PARSER_OPTIONS: dict[str, Any] = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "load_dtd": True,
}


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass
class SupplierInvoice:
    supplier: str
    number: str
    lines: list[InvoiceLine]


class InvoiceReader:
    def __init__(self, **parser_overrides: Any) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **parser_overrides})

    def read(self, payload: bytes) -> SupplierInvoice:
        root = etree.fromstring(payload, parser=self._parser)
        lines = [
            InvoiceLine(
                sku=item.findtext("sku", ""),
                description=item.findtext("description", ""),
                quantity=Decimal(item.findtext("qty", "0")),
                unit_price=Decimal(item.findtext("unitPrice", "0")),
            )
            for item in root.iterfind("lines/line")
        ]
        return SupplierInvoice(
            supplier=root.findtext("supplier/name", ""),
            number=root.get("number", ""),
            lines=lines,
        )


def import_upload(file_bytes: bytes) -> dict[str, Any]:
    invoice = InvoiceReader().read(file_bytes)
    return {
        "supplier": invoice.supplier,
        "number": invoice.number,
        "total": str(sum((line.total for line in invoice.lines), Decimal("0"))),
    }
