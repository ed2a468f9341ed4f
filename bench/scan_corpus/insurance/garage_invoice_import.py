"""Imports final repair invoices uploaded by partner garages as XML."""
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as ET


class InvoiceError(ValueError):
    pass


@dataclass
class InvoiceLine:
    code: str
    description: str
    amount: Decimal


@dataclass
class RepairInvoice:
    claim_reference: str
    invoice_number: str
    lines: list[InvoiceLine]
    total: Decimal


def _amount(text: str | None) -> Decimal:
    return Decimal(text.strip()) if text else Decimal("0")


def parse_invoice(xml_bytes: bytes) -> RepairInvoice:
    root = ET.fromstring(xml_bytes)
    if root.tag != "Invoice":
        raise InvoiceError(f"unexpected root element {root.tag}")
    lines = [
        InvoiceLine(
            code=line.get("code", ""),
            description=(line.findtext("Description") or "").strip(),
            amount=_amount(line.findtext("Amount")),
        )
        for line in root.iterfind("Lines/Line")
    ]
    total = _amount(root.findtext("Total"))
    if abs(sum((l.amount for l in lines), Decimal("0")) - total) > Decimal("0.01"):
        raise InvoiceError("invoice total does not match its lines")
    return RepairInvoice(
        claim_reference=(root.findtext("ClaimReference") or "").strip(),
        invoice_number=(root.findtext("InvoiceNumber") or "").strip(),
        lines=lines,
        total=total,
    )
