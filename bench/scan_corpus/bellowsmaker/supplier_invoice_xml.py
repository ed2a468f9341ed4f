"""Reads UBL-style XML invoices from our leather and hardware suppliers.

Invoices arrive as e-mail attachments; the mail worker hands the XML bytes
here, and the parsed lines are matched against open purchase orders.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DefusedET

log = logging.getLogger(__name__)

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@dataclass
class InvoiceLine:
    item: str
    quantity: Decimal
    unit: str
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    order_ref: str
    lines: list
    total: Decimal


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = DefusedET.fromstring(xml_bytes)
    lines = []
    for line in root.findall("cac:InvoiceLine", NS):
        qty = line.find("cbc:InvoicedQuantity", NS)
        lines.append(InvoiceLine(
            item=_text(line, "cac:Item/cbc:Name"),
            quantity=Decimal(qty.text if qty is not None else "0"),
            unit=qty.get("unitCode", "EA") if qty is not None else "EA",
            amount=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
        ))
    invoice = SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        order_ref=_text(root, "cac:OrderReference/cbc:ID"),
        lines=lines,
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
    )
    log.info("invoice %s from %s: %d lines, total %s",
             invoice.number, invoice.supplier, len(lines), invoice.total)
    return invoice
