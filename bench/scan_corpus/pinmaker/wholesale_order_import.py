"""Import wholesale pin orders sent by gift-shop and museum-shop stockists as XML.

Stockists' EDI systems post an ``<PurchaseOrder>`` document to our intake
endpoint; each ``<Line>`` references one of our catalogue SKUs.
"""
from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

MAX_BODY_BYTES = 512 * 1024


class PurchaseOrderRejected(ValueError):
    """Raised when a purchase order can't be accepted."""


@dataclass
class WholesaleLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class WholesaleOrder:
    stockist_id: str
    po_number: str
    lines: list[WholesaleLine]


def _text(el, tag: str) -> str:
    child = el.find(tag)
    if child is None or not (child.text or "").strip():
        raise PurchaseOrderRejected(f"missing <{tag}>")
    return child.text.strip()


def parse_purchase_order(body: bytes) -> WholesaleOrder:
    if len(body) > MAX_BODY_BYTES:
        raise PurchaseOrderRejected("purchase order too large")
    try:
        root = DET.fromstring(body)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise PurchaseOrderRejected(f"unreadable purchase order: {exc}") from exc
    lines = [
        WholesaleLine(_text(line, "SKU"), int(_text(line, "Qty")),
                      Decimal(_text(line, "UnitPrice")))
        for line in root.iter("Line")
    ]
    if not lines:
        raise PurchaseOrderRejected("purchase order has no lines")
    return WholesaleOrder(_text(root, "StockistId"), _text(root, "PONumber"), lines)


def total_value(order: WholesaleOrder) -> Decimal:
    return sum((l.unit_price * l.quantity for l in order.lines), Decimal("0"))
