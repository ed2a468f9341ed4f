"""Legacy SOAP endpoint kept for warehouse scanners that cannot speak JSON."""
from xml.dom import minidom

from flask import Blueprint, Response, request

from .stock import adjust_stock

bp = Blueprint("soap", __name__)

ENVELOPE = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body><AdjustStockResponse><Result>{result}</Result></AdjustStockResponse></soap:Body>
</soap:Envelope>"""


def _value(doc, tag: str) -> str:
    nodes = doc.getElementsByTagName(tag)
    if not nodes or not nodes[0].firstChild:
        raise ValueError(tag)
    return nodes[0].firstChild.nodeValue.strip()


@bp.route("/soap/stock", methods=["POST"])
def stock_adjust():
    doc = minidom.parseString(request.get_data())
    try:
        sku = _value(doc, "Sku")
        delta = int(_value(doc, "Delta"))
        location = _value(doc, "Location")
    except ValueError as missing:
        body = ENVELOPE.format(result=f"MISSING_{str(missing).upper()}")
        return Response(body, status=400, mimetype="text/xml")

    ok = adjust_stock(sku=sku, delta=delta, location=location)
    body = ENVELOPE.format(result="OK" if ok else "REJECTED")
    return Response(body, mimetype="text/xml")
