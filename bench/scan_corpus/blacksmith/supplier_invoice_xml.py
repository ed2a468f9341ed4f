"""Reads UBL invoices e-mailed by steel, gas and consumables suppliers."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
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
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issue_date: str
    lines: List[InvoiceLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


class UblInvoiceReader:
    @staticmethod
    def _text(node, path: str, default: str = "") -> str:
        found = node.find(path, NS)
        return found.text.strip() if found is not None and found.text else default

    def parse(self, payload: bytes) -> SupplierInvoice:
        root = DefusedET.fromstring(payload, forbid_dtd=True)
        invoice = SupplierInvoice(
            number=self._text(root, "cbc:ID"),
            supplier=self._text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
            issue_date=self._text(root, "cbc:IssueDate"),
        )
        for line in root.findall("cac:InvoiceLine", NS):
            invoice.lines.append(
                InvoiceLine(
                    description=self._text(line, "cac:Item/cbc:Name"),
                    quantity=Decimal(self._text(line, "cbc:InvoicedQuantity", "0")),
                    amount=Decimal(self._text(line, "cbc:LineExtensionAmount", "0")),
                )
            )
        return invoice

    def parse_file(self, path: Path) -> SupplierInvoice:
        return self.parse(path.read_bytes())
