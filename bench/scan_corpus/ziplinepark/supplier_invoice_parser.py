"""Parses UBL invoices e-mailed by gear and catering suppliers.

Invoices arrive as XML attachments from outside the park, so they are
parsed with defusedxml, which refuses DTDs and entity expansion.
"""
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


class InvoiceRejected(ValueError):
    pass


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    issued: date
    supplier: str
    currency: str
    total: Decimal
    lines: list[InvoiceLine] = field(default_factory=list)


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    if found is None or found.text is None:
        raise InvoiceRejected(f"missing element {path}")
    return found.text.strip()


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    try:
        root = SafeET.fromstring(xml_bytes)
    except (DefusedXmlException, SafeET.ParseError) as exc:
        raise InvoiceRejected(f"unreadable invoice: {exc}") from exc
    total_node = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", NS)
    if total_node is None:
        raise InvoiceRejected("missing payable amount")
    invoice = SupplierInvoice(
        number=_text(root, "cbc:ID"),
        issued=date.fromisoformat(_text(root, "cbc:IssueDate")),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        currency=total_node.get("currencyID", "USD"),
        total=Decimal(total_node.text.strip()),
    )
    for line in root.findall("cac:InvoiceLine", NS):
        invoice.lines.append(
            InvoiceLine(
                description=_text(line, "cac:Item/cbc:Name"),
                quantity=Decimal(_text(line, "cbc:InvoicedQuantity")),
                amount=Decimal(_text(line, "cbc:LineExtensionAmount")),
            )
        )
    if sum((l.amount for l in invoice.lines), Decimal("0")) > invoice.total:
        raise InvoiceRejected("line amounts exceed invoice total")
    return invoice
