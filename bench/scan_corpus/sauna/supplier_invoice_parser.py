"""Parses UBL invoices emailed by suppliers (birch whisks, towels, sauna stones, ice)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import List

from defusedxml import ElementTree as DefusedET

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    line_total: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issue_date: str
    lines: List[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((ln.line_total for ln in self.lines), Decimal("0"))


class InvoiceParser:
    xml = DefusedET

    def parse(self, payload: bytes) -> SupplierInvoice:
        root = self.xml.fromstring(payload)
        lines = [
            InvoiceLine(
                description=el.findtext("cac:Item/cbc:Name", default="", namespaces=NS),
                quantity=Decimal(el.findtext("cbc:InvoicedQuantity", default="0", namespaces=NS)),
                line_total=Decimal(el.findtext("cbc:LineExtensionAmount", default="0", namespaces=NS)),
            )
            for el in root.findall("cac:InvoiceLine", NS)
        ]
        return SupplierInvoice(
            number=root.findtext("cbc:ID", default="", namespaces=NS),
            supplier=root.findtext(
                "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name",
                default="", namespaces=NS),
            issue_date=root.findtext("cbc:IssueDate", default="", namespaces=NS),
            lines=lines,
        )


def parse_attachment(data: bytes) -> SupplierInvoice:
    return InvoiceParser().parse(data)
