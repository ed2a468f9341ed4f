"""Parses XML remittance advice sent by larger retail chains.

Garden centre groups pay the workshop's invoices in bulk and send a
remittance advice as XML (by e-mail or through their supplier portal).
The parser matches each remitted line against an open invoice.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as SafeET

NS = {"ra": "urn:retail:remittance:2"}


@dataclass
class RemittanceLine:
    invoice_number: str
    amount: Decimal
    deduction: Decimal
    deduction_reason: str


@dataclass
class Remittance:
    payer: str
    payment_reference: str
    paid_on: str
    total: Decimal
    lines: list[RemittanceLine]


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_remittance(xml_bytes: bytes) -> Remittance:
    root = SafeET.fromstring(xml_bytes)
    lines = [
        RemittanceLine(
            invoice_number=_text(item, "ra:InvoiceNumber"),
            amount=Decimal(_text(item, "ra:Amount", "0")),
            deduction=Decimal(_text(item, "ra:Deduction", "0")),
            deduction_reason=_text(item, "ra:DeductionReason"),
        )
        for item in root.findall("ra:Lines/ra:Line", NS)
    ]
    return Remittance(
        payer=_text(root, "ra:Payer/ra:Name"),
        payment_reference=_text(root, "ra:PaymentReference"),
        paid_on=_text(root, "ra:PaymentDate"),
        total=Decimal(_text(root, "ra:Total", "0")),
        lines=lines,
    )


def reconcile(remittance: Remittance, open_invoices: dict[str, Decimal]) -> dict[str, list[str]]:
    matched, short, unknown = [], [], []
    for line in remittance.lines:
        due = open_invoices.get(line.invoice_number)
        if due is None:
            unknown.append(line.invoice_number)
        elif line.amount + line.deduction == due:
            matched.append(line.invoice_number)
        else:
            short.append(line.invoice_number)
    return {"matched": matched, "short": short, "unknown": unknown}
