"""Reads UBL invoices emailed by pro-shop suppliers and turns them into stock receipts."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as DefusedET

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@dataclass
class StockLine:
    sku: str
    description: str
    quantity: int
    unit_cost: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issue_date: str
    lines: list[StockLine]

    @property
    def total(self) -> Decimal:
        return sum((line.unit_cost * line.quantity for line in self.lines), Decimal("0"))


class InvoiceParser:
    parse_document = staticmethod(DefusedET.fromstring)

    def parse(self, document: bytes) -> SupplierInvoice:
        root = self.parse_document(document)
        lines = [
            StockLine(
                sku=item.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", default="", namespaces=NS),
                description=item.findtext("cac:Item/cbc:Name", default="", namespaces=NS),
                quantity=int(Decimal(item.findtext("cbc:InvoicedQuantity", default="0", namespaces=NS))),
                unit_cost=Decimal(item.findtext("cac:Price/cbc:PriceAmount", default="0", namespaces=NS)),
            )
            for item in root.iterfind("cac:InvoiceLine", NS)
        ]
        return SupplierInvoice(
            number=root.findtext("cbc:ID", default="", namespaces=NS),
            supplier=root.findtext("cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", default="", namespaces=NS),
            issue_date=root.findtext("cbc:IssueDate", default="", namespaces=NS),
            lines=lines,
        )

    def parse_file(self, path: Path) -> SupplierInvoice:
        return self.parse(path.read_bytes())
