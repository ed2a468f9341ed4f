"""Import contractor invoices (XML) against closed maintenance work orders."""
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET

NS = {"inv": "urn:park:contractor-invoice:1"}


@dataclass
class InvoiceLine:
    work_order: str
    description: str
    hours: Decimal
    rate: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.hours * self.rate).quantize(Decimal("0.01"))


def parse_invoice(xml_bytes: bytes) -> tuple[str, list[InvoiceLine]]:
    root = DET.fromstring(xml_bytes)
    vendor = root.findtext("inv:vendor/inv:code", namespaces=NS)
    lines = [
        InvoiceLine(
            work_order=el.findtext("inv:workOrder", namespaces=NS),
            description=(el.findtext("inv:description", namespaces=NS) or "").strip(),
            hours=Decimal(el.findtext("inv:hours", namespaces=NS)),
            rate=Decimal(el.findtext("inv:rate", namespaces=NS)),
        )
        for el in root.iterfind("inv:lines/inv:line", namespaces=NS)
    ]
    return vendor, lines


def reconcile(xml_bytes: bytes, work_orders) -> dict:
    vendor, lines = parse_invoice(xml_bytes)
    unmatched = [l.work_order for l in lines if not work_orders.is_closed(l.work_order, vendor)]
    return {
        "vendor": vendor,
        "total": str(sum((l.amount for l in lines), Decimal("0"))),
        "unmatched": unmatched,
    }
