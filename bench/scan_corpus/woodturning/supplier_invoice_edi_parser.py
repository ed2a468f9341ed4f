"""Parse XML invoices (UBL-style) that the blanks supplier drops on our SFTP."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

log = logging.getLogger("edi.invoices")

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    line_total: Decimal


@dataclass
class SupplierInvoice:
    number: str
    issue_date: str
    total: Decimal
    lines: list[InvoiceLine]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def parse_invoice(path: Path) -> SupplierInvoice:
    tree = etree.parse(str(path), _parser())
    root = tree.getroot()
    lines = []
    for line in root.findall("cac:InvoiceLine", NS):
        lines.append(
            InvoiceLine(
                sku=_text(line, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
                description=_text(line, "cac:Item/cbc:Description"),
                quantity=Decimal(_text(line, "cbc:InvoicedQuantity") or "0"),
                line_total=Decimal(_text(line, "cbc:LineExtensionAmount") or "0"),
            )
        )
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        issue_date=_text(root, "cbc:IssueDate"),
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") or "0"),
        lines=lines,
    )


def process_inbox(inbox: Path) -> list[SupplierInvoice]:
    invoices = []
    for path in sorted(inbox.glob("*.xml")):
        try:
            invoice = parse_invoice(path)
        except etree.XMLSyntaxError as exc:
            log.warning("skipping malformed invoice %s: %s", path.name, exc)
            continue
        computed = sum((l.line_total for l in invoice.lines), Decimal("0"))
        if computed != invoice.total:
            log.warning("invoice %s total mismatch: %s vs %s", invoice.number, computed, invoice.total)
        invoices.append(invoice)
    return invoices
