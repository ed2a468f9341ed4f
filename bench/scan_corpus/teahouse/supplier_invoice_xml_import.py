"""Import UBL invoices e-mailed by tea estates and packaging suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as DefusedET

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issued: date
    currency: str
    total: Decimal
    lines: int


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, UBL)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = DefusedET.fromstring(xml_bytes, forbid_dtd=True)
    total_node = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", UBL)
    if total_node is None:
        raise ValueError("invoice has no payable amount")
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issued=date.fromisoformat(_text(root, "cbc:IssueDate")),
        currency=total_node.get("currencyID", "GBP"),
        total=Decimal(total_node.text or "0"),
        lines=len(root.findall("cac:InvoiceLine", UBL)),
    )


def import_mailbox_folder(folder: Path) -> list[SupplierInvoice]:
    invoices = []
    for path in sorted(folder.glob("*.xml")):
        invoices.append(parse_invoice(path.read_bytes()))
        path.rename(path.with_suffix(".imported"))
    return invoices
