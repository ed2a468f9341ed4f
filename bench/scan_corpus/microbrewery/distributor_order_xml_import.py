"""Imports EDI-style XML purchase orders that distributors upload through the portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from lxml import etree

NS = {"po": "urn:brewery:purchase-order:1"}


@dataclass
class OrderLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class PurchaseOrder:
    po_number: str
    distributor_code: str
    delivery_date: str
    lines: list[OrderLine]

    @property
    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal("0"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=True,
        load_dtd=True,
        no_network=True,
        remove_blank_text=True,
    )


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    if found is None or found.text is None:
        raise ValueError(f"missing element {path}")
    return found.text.strip()


def parse_purchase_order(stream: BinaryIO) -> PurchaseOrder:
    tree = etree.parse(stream, _parser())
    root = tree.getroot()
    lines = []
    for item in root.findall("po:Lines/po:Line", NS):
        lines.append(
            OrderLine(
                sku=_text(item, "po:SKU"),
                description=_text(item, "po:Description"),
                quantity=int(_text(item, "po:Quantity")),
                unit_price=Decimal(_text(item, "po:UnitPrice")),
            )
        )
    if not lines:
        raise ValueError("purchase order has no lines")
    return PurchaseOrder(
        po_number=_text(root, "po:Number"),
        distributor_code=_text(root, "po:Distributor"),
        delivery_date=_text(root, "po:DeliveryDate"),
        lines=lines,
    )


def validate_against_catalogue(order: PurchaseOrder, catalogue: dict[str, Decimal]) -> list[str]:
    problems = []
    for line in order.lines:
        listed = catalogue.get(line.sku)
        if listed is None:
            problems.append(f"unknown SKU {line.sku}")
        elif line.unit_price != listed:
            problems.append(f"{line.sku}: price {line.unit_price} differs from list {listed}")
        if line.quantity <= 0:
            problems.append(f"{line.sku}: quantity must be positive")
    return problems
