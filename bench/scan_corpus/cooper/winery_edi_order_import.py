"""Imports cask purchase orders sent by wineries over the EDI mailbox.

Larger wine groups send purchase orders as XML documents. Their documents
declare the shared cask-specification DTD, whose entities expand to the
standard cask size and toast codes, so those are resolved when parsing.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from cooperage.orders import create_order_from_edi

EDI_PARSER = etree.XMLParser(
    load_dtd=True,
    resolve_entities=True,
    remove_blank_text=True,
)


@dataclass
class EdiOrderLine:
    sku: str
    cask_size: str
    toast: str
    quantity: int
    unit_price: Decimal


@dataclass
class EdiOrder:
    buyer_gln: str
    po_number: str
    requested_delivery: str
    lines: list[EdiOrderLine]


def _text(node: etree._Element, path: str, default: str = "") -> str:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_purchase_order(payload: bytes) -> EdiOrder:
    root = etree.fromstring(payload, parser=EDI_PARSER)
    lines = [
        EdiOrderLine(
            sku=_text(item, "SKU"),
            cask_size=_text(item, "CaskSize"),
            toast=_text(item, "Toast", "medium"),
            quantity=int(_text(item, "Quantity", "0")),
            unit_price=Decimal(_text(item, "UnitPrice", "0")),
        )
        for item in root.iterfind("Lines/Line")
    ]
    return EdiOrder(
        buyer_gln=_text(root, "Buyer/GLN"),
        po_number=_text(root, "PONumber"),
        requested_delivery=_text(root, "RequestedDelivery"),
        lines=lines,
    )


def process_mailbox_message(payload: bytes) -> str:
    order = parse_purchase_order(payload)
    if not order.lines:
        raise ValueError(f"purchase order {order.po_number} has no lines")
    return create_order_from_edi(order)
