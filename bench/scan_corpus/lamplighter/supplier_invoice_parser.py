"""Parser for the energy supplier's e-invoices for unmetered supplies.

Invoices arrive as UBL-style XML by SFTP. Line items are matched against the
submitted inventory before the invoice is passed on to the council.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lxml import etree

from lamplighter.billing import InvoiceLine, SupplierInvoice

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
INVOICE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def _amount(node, path: str) -> Decimal:
    value = node.findtext(path, namespaces=NS)
    return Decimal(value) if value else Decimal("0")


def parse_invoice(path: Path) -> SupplierInvoice:
    tree = etree.parse(str(path), INVOICE_PARSER)
    root = tree.getroot()
    lines = [
        InvoiceLine(
            charge_code=line.findtext("cac:Item/cbc:Name", namespaces=NS),
            quantity=_amount(line, "cbc:InvoicedQuantity"),
            amount=_amount(line, "cbc:LineExtensionAmount"),
        )
        for line in root.iterfind("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=root.findtext("cbc:ID", namespaces=NS),
        issue_date=root.findtext("cbc:IssueDate", namespaces=NS),
        total=_amount(root, "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        lines=lines,
    )


def totals_match(invoice: SupplierInvoice) -> bool:
    return sum((line.amount for line in invoice.lines), Decimal("0")) == invoice.total
