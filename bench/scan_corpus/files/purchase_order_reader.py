"""Parse purchase orders received from customers' procurement systems."""
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as ET

NS = {"po": "urn:example:procurement:po:1"}


@dataclass
class OrderLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class PurchaseOrder:
    number: str
    buyer: str
    lines: list[OrderLine]

    @property
    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal(0))


def _req(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None or not value.strip():
        raise ValueError(f"missing {path}")
    return value.strip()


def parse_purchase_order(data: bytes) -> PurchaseOrder:
    root = ET.fromstring(data)
    return PurchaseOrder(
        number=_req(root, "po:Header/po:Number"),
        buyer=_req(root, "po:Header/po:Buyer/po:Name"),
        lines=[
            OrderLine(
                sku=_req(line, "po:Sku"),
                quantity=int(_req(line, "po:Quantity")),
                unit_price=Decimal(_req(line, "po:UnitPrice")),
            )
            for line in root.iterfind("po:Lines/po:Line", namespaces=NS)
        ],
    )
