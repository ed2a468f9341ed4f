"""Parses UBL-style XML invoices sent by bullion and gemstone suppliers."""
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

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
    unit: str
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issue_date: str
    currency: str
    lines: list = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.amount for l in self.lines), Decimal("0"))


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = DefusedET.fromstring(xml_bytes)
    invoice = SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issue_date=_text(root, "cbc:IssueDate"),
        currency=_text(root, "cbc:DocumentCurrencyCode", "GBP"),
    )
    for line in root.iterfind("cac:InvoiceLine", NS):
        qty = line.find("cbc:InvoicedQuantity", NS)
        invoice.lines.append(
            InvoiceLine(
                description=_text(line, "cac:Item/cbc:Description"),
                quantity=Decimal(qty.text if qty is not None else "0"),
                unit=qty.get("unitCode", "") if qty is not None else "",
                amount=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
            )
        )
    return invoice


def parse_invoice_file(path: Path) -> SupplierInvoice:
    return parse_invoice(path.read_bytes())
