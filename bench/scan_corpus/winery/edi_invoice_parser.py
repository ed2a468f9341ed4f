"""Parse distributor invoices delivered as XML (the cXML-ish flavour some partners use)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


@dataclass
class InvoiceLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class Invoice:
    number: str
    distributor: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal("0"))


def parse_invoice(xml_bytes: bytes) -> Invoice:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    header = root.find("InvoiceHeader")
    lines = [
        InvoiceLine(
            sku=item.findtext("SupplierPartID", "").strip(),
            quantity=int(item.findtext("Quantity", "0")),
            unit_price=Decimal(item.findtext("UnitPrice", "0")),
        )
        for item in root.iter("InvoiceItem")
    ]
    return Invoice(number=header.get("invoiceID", ""), distributor=header.findtext("From", ""),
                   lines=lines)


def parse_inbox(inbox: Path) -> list[Invoice]:
    return [parse_invoice(p.read_bytes()) for p in sorted(inbox.glob("*.xml"))]
