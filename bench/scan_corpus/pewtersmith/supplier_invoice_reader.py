"""Read UBL invoices from suppliers (ingots, blanks, packaging).

Invoices arrive as XML attachments in the accounts mailbox; the mailbox
poller hands the bytes to ``parse_invoice`` before they are matched to
purchase orders.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from defusedxml import ElementTree as DET

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
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
    issued: date
    total: Decimal
    lines: list[InvoiceLine]


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    lines = [
        InvoiceLine(
            description=_text(line, "cac:Item/cbc:Name"),
            quantity=Decimal(_text(line, "cbc:InvoicedQuantity", "0")),
            line_total=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
        )
        for line in root.findall("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issued=date.fromisoformat(_text(root, "cbc:IssueDate")),
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
        lines=lines,
    )


def totals_agree(invoice: SupplierInvoice) -> bool:
    return sum((l.line_total for l in invoice.lines), Decimal("0")) <= invoice.total
