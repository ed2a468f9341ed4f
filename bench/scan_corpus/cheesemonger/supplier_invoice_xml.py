"""Reads UBL invoices e-mailed by supplier farms and queues them for approval."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as DefusedET
from defusedxml.common import DefusedXmlException

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
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
    lines: list[InvoiceLine]


class InvoiceRejected(ValueError):
    pass


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    try:
        root = DefusedET.fromstring(xml_bytes, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InvoiceRejected(f"disallowed XML construct: {exc}") from exc
    lines = [
        InvoiceLine(
            description=line.findtext("cac:Item/cbc:Name", "", NS),
            quantity=Decimal(line.findtext("cbc:InvoicedQuantity", "0", NS)),
            amount=Decimal(line.findtext("cbc:LineExtensionAmount", "0", NS)),
        )
        for line in root.findall("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=root.findtext("cbc:ID", "", NS),
        supplier=root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", "", NS
        ),
        issue_date=root.findtext("cbc:IssueDate", "", NS),
        total=Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", "0", NS)),
        lines=lines,
    )


def read_attachment(path: Path) -> SupplierInvoice:
    if path.stat().st_size > 2_000_000:
        raise InvoiceRejected("invoice file too large")
    invoice = parse_invoice(path.read_bytes())
    if sum(l.amount for l in invoice.lines) != invoice.total:
        raise InvoiceRejected(f"{invoice.number}: line totals do not match payable amount")
    return invoice
