"""Parse e-invoices (UBL XML) received from suppliers via the upload API."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as ET

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceSummary:
    number: str
    issue_date: str
    supplier: str
    total: Decimal


def parse_invoice(xml_bytes: bytes) -> InvoiceSummary:
    root = ET.fromstring(xml_bytes)
    return InvoiceSummary(
        number=root.findtext("cbc:ID", "", NS),
        issue_date=root.findtext("cbc:IssueDate", "", NS),
        supplier=root.findtext("cac:AccountingSupplierParty//cbc:Name", "", NS),
        total=Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", "0", NS)),
    )
