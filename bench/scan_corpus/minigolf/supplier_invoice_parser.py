"""Parses UBL-style XML invoices that snack and golf-ball suppliers upload to the portal."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

INVOICE_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    line_total: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier_name: str
    issue_date: str
    currency: str
    total: Decimal
    lines: list[InvoiceLine] = field(default_factory=list)

    def lines_total(self) -> Decimal:
        return sum((line.line_total for line in self.lines), Decimal("0"))


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, namespaces=NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = etree.fromstring(xml_bytes, parser=INVOICE_PARSER)
    invoice = SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier_name=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issue_date=_text(root, "cbc:IssueDate"),
        currency=_text(root, "cbc:DocumentCurrencyCode", "GBP"),
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
    )
    for line in root.findall("cac:InvoiceLine", namespaces=NS):
        invoice.lines.append(
            InvoiceLine(
                sku=_text(line, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
                description=_text(line, "cac:Item/cbc:Name"),
                quantity=Decimal(_text(line, "cbc:InvoicedQuantity", "0")),
                line_total=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
            )
        )
    return invoice


def validate(invoice: SupplierInvoice) -> list[str]:
    problems = []
    if not invoice.number:
        problems.append("missing invoice number")
    if invoice.currency != "GBP":
        problems.append(f"unexpected currency {invoice.currency}")
    if invoice.lines_total() != invoice.total:
        problems.append("line totals do not match payable amount")
    return problems
