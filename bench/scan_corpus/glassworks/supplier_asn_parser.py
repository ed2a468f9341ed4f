"""Parse advance shipping notices (DESADV as XML) from sand and soda ash suppliers.

Suppliers post their ASN documents to the EDI inbox endpoint; we extract the
consignment lines so the goods-in team can pre-book silo deliveries.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("edi_asn", __name__, url_prefix="/edi")

NS = {"asn": "urn:glassworks:edi:desadv:2"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class ConsignmentLine:
    material: str
    batch_no: str
    tonnes: float
    silo_hint: str | None


@dataclass
class ShippingNotice:
    supplier_gln: str
    delivery_date: date
    vehicle_reg: str
    lines: list[ConsignmentLine]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_notice(payload: bytes) -> ShippingNotice:
    root = etree.fromstring(payload, parser=_parser())
    lines = [
        ConsignmentLine(
            material=ln.findtext("asn:Material", namespaces=NS) or "",
            batch_no=ln.findtext("asn:BatchNo", namespaces=NS) or "",
            tonnes=float(ln.findtext("asn:Tonnes", namespaces=NS) or 0),
            silo_hint=ln.findtext("asn:Silo", namespaces=NS),
        )
        for ln in root.iterfind("asn:Line", namespaces=NS)
    ]
    return ShippingNotice(
        supplier_gln=root.findtext("asn:SupplierGLN", namespaces=NS) or "",
        delivery_date=date.fromisoformat(root.findtext("asn:DeliveryDate", namespaces=NS)),
        vehicle_reg=root.findtext("asn:Vehicle", namespaces=NS) or "",
        lines=lines,
    )


@bp.post("/asn")
def receive_asn():
    notice = parse_notice(request.get_data())
    return jsonify(
        supplier=notice.supplier_gln,
        delivery=notice.delivery_date.isoformat(),
        lines=[ln.__dict__ for ln in notice.lines],
    ), 202
