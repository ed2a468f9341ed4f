"""Parses purchase-order XML files dropped by distributors.

Distributors upload orders to their SFTP folder; the watcher hands each new
file to ``load_order`` and the result is written to the orders table.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"po": "urn:distillery:purchase-order:1"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)


@dataclass
class OrderLine:
    sku: str
    cases: int
    unit_price: Decimal


@dataclass
class PurchaseOrder:
    po_number: str
    distributor_code: str
    ship_to: str
    lines: list[OrderLine]


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    if found is None or found.text is None:
        raise ValueError(f"missing {path}")
    return found.text.strip()


def load_order(path: Path) -> PurchaseOrder:
    tree = etree.parse(str(path), _PARSER)
    root = tree.getroot()
    lines = [
        OrderLine(
            sku=_text(el, "po:Sku"),
            cases=int(_text(el, "po:Cases")),
            unit_price=Decimal(_text(el, "po:UnitPrice")),
        )
        for el in root.iterfind("po:Lines/po:Line", NS)
    ]
    return PurchaseOrder(
        po_number=_text(root, "po:Number"),
        distributor_code=_text(root, "po:Distributor"),
        ship_to=_text(root, "po:ShipTo"),
        lines=lines,
    )
