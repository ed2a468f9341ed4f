"""Imports supplier e-invoices (UBL 2.1) uploaded by customers for reconciliation."""
from decimal import Decimal

from defusedxml import ElementTree as DET

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


def parse_ubl(xml_bytes: bytes) -> dict:
    root = DET.fromstring(xml_bytes)
    total = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", UBL)
    return {
        "number": root.findtext("cbc:ID", namespaces=UBL),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=UBL),
        "currency": total.get("currencyID") if total is not None else None,
        "payable": Decimal(total.text) if total is not None else Decimal(0),
    }
