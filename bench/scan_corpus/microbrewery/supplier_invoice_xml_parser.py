"""Parses XML invoices from the maltster and hop merchant into ingredient cost lines."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class CostLine:
    ingredient: str
    lot: str
    kg: Decimal
    price_per_kg: Decimal

    @property
    def cost(self) -> Decimal:
        return (self.kg * self.price_per_kg).quantize(Decimal("0.01"))


@dataclass
class SupplierInvoice:
    supplier: str
    invoice_no: str
    lines: list[CostLine]

    @property
    def total(self) -> Decimal:
        return sum((l.cost for l in self.lines), Decimal("0.00"))


def _req(node: etree._Element, tag: str) -> str:
    value = node.findtext(tag)
    if value is None:
        raise ValueError(f"<{node.tag}> is missing <{tag}>")
    return value.strip()


def parse_invoice(data: bytes) -> SupplierInvoice:
    root = etree.fromstring(data, parser=SAFE_PARSER)
    if root.tag != "Invoice":
        raise ValueError("not a supplier invoice")
    lines = [
        CostLine(
            ingredient=_req(item, "Product"),
            lot=_req(item, "Lot"),
            kg=Decimal(_req(item, "Kg")),
            price_per_kg=Decimal(_req(item, "PricePerKg")),
        )
        for item in root.iterfind("Items/Item")
    ]
    return SupplierInvoice(supplier=_req(root, "Supplier"), invoice_no=_req(root, "Number"), lines=lines)


def load_inbox(inbox: Path) -> list[SupplierInvoice]:
    invoices = []
    for path in sorted(inbox.glob("*.xml")):
        invoices.append(parse_invoice(path.read_bytes()))
    return invoices


if __name__ == "__main__":
    import sys

    for inv in load_inbox(Path(sys.argv[1])):
        print(f"{inv.supplier:<24} {inv.invoice_no:<12} {inv.total:>10}")
