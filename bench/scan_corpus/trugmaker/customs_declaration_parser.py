"""Parses customs declaration responses for export shipments.

Trugs shipped to the EU, US and Japan need a customs declaration. The
customs broker portal lets the workshop upload the clearance response
XML, from which the MRN, duty and status are read into the order.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, abort, current_app, request
from lxml import etree

bp = Blueprint("customs", __name__, url_prefix="/export/customs")

NS = {"cd": "urn:trug:customs:declaration:v3"}

_PARSER_OPTIONS = {
    "resolve_entities": True,
    "load_dtd": True,
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class ClearanceResult:
    mrn: str
    status: str
    duty: Decimal
    vat: Decimal
    commodity_code: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_clearance(xml_bytes: bytes) -> ClearanceResult:
    root = etree.fromstring(xml_bytes, parser=_parser())

    def text(path: str, default: str = "") -> str:
        node = root.find(path, NS)
        return node.text.strip() if node is not None and node.text else default

    return ClearanceResult(
        mrn=text("cd:MovementReference"),
        status=text("cd:Status", "UNKNOWN"),
        duty=Decimal(text("cd:Charges/cd:Duty", "0")),
        vat=Decimal(text("cd:Charges/cd:ImportVAT", "0")),
        commodity_code=text("cd:Goods/cd:CommodityCode"),
    )


@bp.post("/<order_ref>/clearance")
def upload_clearance(order_ref: str):
    upload = request.files.get("response")
    if upload is None:
        abort(400)
    try:
        result = parse_clearance(upload.read())
    except (etree.XMLSyntaxError, ArithmeticError):
        abort(422)
    db = current_app.extensions["orders_db"]
    db.execute(
        "UPDATE export_orders SET mrn = ?, customs_status = ?, duty = ?, import_vat = ? WHERE ref = ?",
        (result.mrn, result.status, str(result.duty), str(result.vat), order_ref),
    )
    db.commit()
    return {"mrn": result.mrn, "status": result.status}
