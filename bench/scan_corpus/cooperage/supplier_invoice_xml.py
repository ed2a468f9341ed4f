"""Imports UBL invoices uploaded by oak suppliers through the supplier portal."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict, List

from lxml import etree

UBL_NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    currency: str
    lines: List[InvoiceLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


class InvoiceParserFactory:
    options: Dict[str, Any] = {
        "remove_blank_text": True,
        "load_dtd": True,
        "resolve_entities": True,
        "no_network": False,
    }

    @classmethod
    def build(cls) -> etree.XMLParser:
        return etree.XMLParser(**cls.options)


class UblInvoiceImporter:
    def __init__(self, parser_factory: type = InvoiceParserFactory) -> None:
        self._parser = parser_factory.build()

    def _text(self, node: etree._Element, path: str) -> str:
        found = node.find(path, UBL_NS)
        return (found.text or "").strip() if found is not None else ""

    def parse(self, uploaded: bytes) -> SupplierInvoice:
        root = etree.fromstring(uploaded, self._parser)
        invoice = SupplierInvoice(
            number=self._text(root, "cbc:ID"),
            supplier=self._text(root, "cac:AccountingSupplierParty//cbc:Name"),
            currency=self._text(root, "cbc:DocumentCurrencyCode") or "EUR",
        )
        for line in root.findall("cac:InvoiceLine", UBL_NS):
            invoice.lines.append(
                InvoiceLine(
                    description=self._text(line, "cac:Item/cbc:Name"),
                    quantity=Decimal(self._text(line, "cbc:InvoicedQuantity") or "0"),
                    amount=Decimal(self._text(line, "cbc:LineExtensionAmount") or "0"),
                )
            )
        return invoice
