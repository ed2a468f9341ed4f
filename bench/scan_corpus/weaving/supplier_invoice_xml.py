"""Reads e-invoices (UBL XML) from yarn and equipment suppliers into the ledger."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from lxml import etree

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
    total: Decimal
    lines: list[InvoiceLine] = field(default_factory=list)


class InvoiceReader:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
        )

    def read(self, path: Path) -> SupplierInvoice:
        root = etree.parse(str(path), self._parser).getroot()
        invoice = SupplierInvoice(
            number=root.findtext("cbc:ID", namespaces=NS) or "",
            supplier=root.findtext(
                "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", namespaces=NS
            ) or "",
            issue_date=root.findtext("cbc:IssueDate", namespaces=NS) or "",
            total=Decimal(
                root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) or "0"
            ),
        )
        for line in root.iterfind("cac:InvoiceLine", namespaces=NS):
            invoice.lines.append(
                InvoiceLine(
                    description=line.findtext("cac:Item/cbc:Name", namespaces=NS) or "",
                    quantity=Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=NS) or "0"),
                    amount=Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS) or "0"),
                )
            )
        return invoice


def import_inbox(inbox: Path) -> list[SupplierInvoice]:
    reader = InvoiceReader()
    return [reader.read(p) for p in sorted(inbox.glob("*.xml"))]
