"""Imports bulk rope orders that dealers upload as XML from their ERPs.

Several larger dealers cannot use the web shop and instead export a
purchase order document in the ropeworks order schema.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from lxml import etree

from ropeworks.orders.service import create_order
from ropeworks.portal.auth import current_dealer, login_required

log = logging.getLogger(__name__)

bp = Blueprint("order_import", __name__, url_prefix="/orders")

NS = {"rw": "urn:ropeworks:orders:1"}


@dataclass
class OrderLine:
    sku: str
    diameter_mm: Decimal
    length_m: Decimal
    quantity: int


def _parse(document: bytes) -> tuple[str, list[OrderLine]]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(document, parser)
    reference = root.findtext("rw:Reference", namespaces=NS) or ""
    lines = []
    for node in root.iterfind("rw:Line", namespaces=NS):
        lines.append(
            OrderLine(
                sku=node.findtext("rw:Sku", namespaces=NS),
                diameter_mm=Decimal(node.findtext("rw:DiameterMm", namespaces=NS)),
                length_m=Decimal(node.findtext("rw:LengthM", namespaces=NS)),
                quantity=int(node.findtext("rw:Quantity", namespaces=NS)),
            )
        )
    return reference.strip(), lines


@bp.post("/import")
@login_required
def import_order():
    dealer = current_dealer()
    upload = request.files.get("order")
    if upload is None:
        abort(400, "order file missing")
    try:
        reference, lines = _parse(upload.read())
    except (etree.XMLSyntaxError, TypeError, ValueError) as exc:
        abort(422, f"invalid order document: {exc}")
    if not lines:
        abort(422, "order has no lines")
    order = create_order(dealer_id=dealer.id, reference=reference, lines=lines)
    log.info("imported order %s with %d lines for dealer %s", order.number, len(lines), dealer.id)
    return jsonify({"order": order.number, "lines": len(lines)}), 201
