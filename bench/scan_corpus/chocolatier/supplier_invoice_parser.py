"""Parses UBL invoices e-mailed by ingredient and packaging suppliers.

Invoices are matched against purchase orders before accounts payable
approves them; the XML arrives as an e-mail attachment from outside.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from defusedxml import ElementTree as DefusedET

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
    order_reference: str
    currency: str
    payable: Decimal
    lines: list[InvoiceLine] = field(default_factory=list)


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = DefusedET.fromstring(xml_bytes, forbid_dtd=True)
    invoice = SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        order_reference=_text(root, "cac:OrderReference/cbc:ID"),
        currency=_text(root, "cbc:DocumentCurrencyCode", "GBP"),
        payable=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
    )
    for line in root.findall("cac:InvoiceLine", NS):
        invoice.lines.append(
            InvoiceLine(
                description=_text(line, "cac:Item/cbc:Name"),
                quantity=Decimal(_text(line, "cbc:InvoicedQuantity", "0")),
                line_total=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
            )
        )
    return invoice


def totals_agree(invoice: SupplierInvoice, tolerance: Decimal = Decimal("0.05")) -> bool:
    return abs(sum(l.line_total for l in invoice.lines) - invoice.payable) <= tolerance
