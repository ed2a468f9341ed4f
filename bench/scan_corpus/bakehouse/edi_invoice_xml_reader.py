"""Reads self-billing invoices sent by supermarkets in their XML format.

Some retailers self-bill the bakehouse; their invoices arrive as XML over the
EDI VAN and are matched against our despatch advices.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET

NS = {"inv": "urn:retail:selfbilling:1.0"}


@dataclass
class InvoiceLine:
    gtin: str
    quantity: int
    unit_price: Decimal


@dataclass
class SelfBillInvoice:
    number: str
    retailer_gln: str
    despatch_ref: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal("0"))


class InvoiceReader:
    parse = staticmethod(DET.fromstring)

    def read(self, xml_bytes: bytes) -> SelfBillInvoice:
        root = self.parse(xml_bytes, forbid_dtd=True)
        lines = [
            InvoiceLine(
                gtin=line.findtext("inv:GTIN", namespaces=NS, default=""),
                quantity=int(line.findtext("inv:Qty", namespaces=NS, default="0")),
                unit_price=Decimal(line.findtext("inv:UnitPrice", namespaces=NS, default="0")),
            )
            for line in root.iterfind("inv:Lines/inv:Line", NS)
        ]
        return SelfBillInvoice(
            number=root.findtext("inv:Number", namespaces=NS, default=""),
            retailer_gln=root.findtext("inv:Retailer/inv:GLN", namespaces=NS, default=""),
            despatch_ref=root.findtext("inv:DespatchRef", namespaces=NS, default=""),
            lines=lines,
        )


def match_despatch(xml_bytes: bytes, despatch_totals: dict[str, Decimal]) -> dict:
    invoice = InvoiceReader().read(xml_bytes)
    expected = despatch_totals.get(invoice.despatch_ref)
    return {
        "invoice": invoice.number,
        "despatch": invoice.despatch_ref,
        "invoiced": str(invoice.total),
        "expected": str(expected) if expected is not None else None,
        "matched": expected is not None and expected == invoice.total,
    }
