"""Parses UBL invoices emailed by food suppliers into the AP inbox."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as ET

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    unit_price: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issue_date: str
    total: Decimal
    lines: list[InvoiceLine]


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = ET.fromstring(xml_bytes)
    lines = [
        InvoiceLine(
            description=line.findtext("cac:Item/cbc:Name", "", NS),
            quantity=Decimal(line.findtext("cbc:InvoicedQuantity", "0", NS)),
            unit_price=Decimal(line.findtext("cac:Price/cbc:PriceAmount", "0", NS)),
        )
        for line in root.iterfind("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=root.findtext("cbc:ID", "", NS),
        supplier=root.findtext("cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", "", NS),
        issue_date=root.findtext("cbc:IssueDate", "", NS),
        total=Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", "0", NS)),
        lines=lines,
    )
