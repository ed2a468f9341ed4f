"""SOAP gateway for handheld scanners that predate the REST API."""
from xml.parsers.expat import ExpatError

from defusedxml import minidom
from defusedxml.common import DefusedXmlException
from flask import Blueprint, Response, request

from .stock import reserve_stock

bp = Blueprint("soap_gateway", __name__)

ENVELOPE = """<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body><ReserveResponse><Result>{result}</Result></ReserveResponse></soap:Body>
</soap:Envelope>"""


def _value(doc, tag: str) -> str:
    nodes = doc.getElementsByTagName(tag)
    if not nodes or not nodes[0].firstChild:
        raise ValueError(tag)
    return nodes[0].firstChild.nodeValue.strip()


@bp.route("/soap/reserve", methods=["POST"])
def reserve():
    try:
        doc = minidom.parseString(request.get_data())
        sku = _value(doc, "Sku")
        qty = int(_value(doc, "Quantity"))
    except (ValueError, ExpatError, DefusedXmlException):
        return Response(ENVELOPE.format(result="BAD_REQUEST"), status=400, mimetype="text/xml")

    ok = reserve_stock(sku=sku, quantity=qty)
    return Response(ENVELOPE.format(result="OK" if ok else "REJECTED"), mimetype="text/xml")
