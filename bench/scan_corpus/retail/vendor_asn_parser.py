"""Parse advance shipping notices (ASNs) that vendors post to the receiving API."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, abort, jsonify, request

from receiving.service import register_inbound_shipment

bp = Blueprint("asn", __name__, url_prefix="/receiving")


@dataclass
class AsnLine:
    sku: str
    quantity: int
    lot: str | None


@dataclass
class AdvanceShipNotice:
    asn_number: str
    po_number: str
    expected_at: datetime
    lines: list[AsnLine]


def parse_asn(payload: bytes) -> AdvanceShipNotice:
    root = SafeET.fromstring(payload)
    lines = [
        AsnLine(item.findtext("Sku", ""), int(item.findtext("Qty", "0")), item.findtext("Lot"))
        for item in root.iterfind("./Items/Item")
    ]
    return AdvanceShipNotice(
        asn_number=root.findtext("AsnNumber", ""),
        po_number=root.findtext("PurchaseOrder", ""),
        expected_at=datetime.fromisoformat(root.findtext("ExpectedDelivery", "")),
        lines=lines,
    )


@bp.post("/asn")
def receive_asn():
    try:
        asn = parse_asn(request.get_data())
    except (SafeET.ParseError, DefusedXmlException, ValueError):
        abort(400, "malformed ASN document")
    shipment_id = register_inbound_shipment(asn)
    return jsonify({"shipment_id": shipment_id, "lines": len(asn.lines)}), 202
