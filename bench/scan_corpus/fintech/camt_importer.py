"""Imports ISO 20022 camt.053 end-of-day statements uploaded by partner banks."""
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from lxml import etree

from treasury.models import BankStatementLine, db

bp = Blueprint("camt_import", __name__, url_prefix="/treasury")

NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"}


def parse_camt053(payload: bytes) -> list[dict]:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstring(payload, parser)
    lines = []
    for entry in root.iterfind(".//c:Stmt/c:Ntry", NS):
        amount = entry.find("c:Amt", NS)
        lines.append({
            "amount": Decimal(amount.text),
            "currency": amount.get("Ccy"),
            "direction": entry.findtext("c:CdtDbtInd", namespaces=NS),
            "booking_date": entry.findtext("c:BookgDt/c:Dt", namespaces=NS),
            "reference": entry.findtext(".//c:AcctSvcrRef", namespaces=NS),
        })
    return lines


@bp.post("/statements/camt053")
def upload_camt053():
    upload = request.files.get("statement")
    if upload is None:
        abort(400)
    try:
        lines = parse_camt053(upload.read())
    except etree.XMLSyntaxError:
        abort(422)
    for line in lines:
        db.session.add(BankStatementLine(**line))
    db.session.commit()
    return jsonify({"imported": len(lines)})
