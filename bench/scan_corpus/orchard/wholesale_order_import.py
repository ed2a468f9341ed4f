"""Imports XML purchase orders sent by wholesale buyers.

Some regional grocers still email or upload purchase orders as XML built by
their ERP. Orders are parsed into order lines for the packhouse plan.
"""
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import List

from flask import Blueprint, abort, jsonify, request
from lxml import etree as ET

log = logging.getLogger("wholesale.xml")
bp = Blueprint("wholesale_xml", __name__)

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
    "huge_tree": False,
}

NS = {"po": "urn:orchard-coop:purchase-order:1"}


@dataclass
class OrderLine:
    sku: str
    description: str
    cases: int
    unit_price: Decimal


@dataclass
class PurchaseOrder:
    buyer_code: str
    po_number: str
    delivery_date: date
    lines: List[OrderLine]


def _parser() -> ET.XMLParser:
    return ET.XMLParser(**PARSER_OPTIONS)


def parse_purchase_order(xml_bytes: bytes) -> PurchaseOrder:
    root = ET.fromstring(xml_bytes, parser=_parser())
    lines = [
        OrderLine(
            sku=line.findtext("po:Sku", namespaces=NS).strip(),
            description=(line.findtext("po:Description", namespaces=NS) or "").strip(),
            cases=int(line.findtext("po:Cases", namespaces=NS)),
            unit_price=Decimal(line.findtext("po:UnitPrice", namespaces=NS)),
        )
        for line in root.iterfind("po:Lines/po:Line", namespaces=NS)
    ]
    return PurchaseOrder(
        buyer_code=root.findtext("po:Buyer/po:Code", namespaces=NS).strip(),
        po_number=root.findtext("po:Number", namespaces=NS).strip(),
        delivery_date=date.fromisoformat(root.findtext("po:DeliveryDate", namespaces=NS).strip()),
        lines=lines,
    )


@bp.post("/wholesale/orders/xml")
def upload_order():
    upload = request.files.get("order")
    if upload is None:
        abort(400)
    try:
        po = parse_purchase_order(upload.read())
    except (ET.XMLSyntaxError, AttributeError, ValueError) as exc:
        log.info("rejected purchase order upload: %s", exc)
        abort(422)
    from .orders import create_wholesale_order

    order_id = create_wholesale_order(po)
    return jsonify(
        order_id=order_id,
        po_number=po.po_number,
        lines=[{"sku": l.sku, "cases": l.cases, "description": l.description} for l in po.lines],
    ), 201
