"""Parse product catalogues that brand suppliers upload as XML.

Catalogue format (abridged):

    <catalogue supplier="...">
      <product sku="LP-1042">
        <name>Repair shampoo 300ml</name>
        <rrp currency="GBP">14.50</rrp>
        <barcode>5012345678900</barcode>
      </product>
    </catalogue>
"""
from __future__ import annotations

import xml.sax
from decimal import Decimal
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("catalogue", __name__, url_prefix="/stock/catalogue")


class CatalogueHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.products: list[dict] = []
        self._current: dict | None = None
        self._field: str | None = None
        self._text: list[str] = []

    def startElement(self, name, attrs):
        if name == "product":
            self._current = {"sku": attrs.get("sku")}
        elif self._current is not None and name in ("name", "rrp", "barcode"):
            self._field = name
            self._text = []

    def characters(self, content):
        if self._field:
            self._text.append(content)

    def endElement(self, name):
        if self._current is not None and name == self._field:
            value = "".join(self._text).strip()
            self._current[name] = Decimal(value) if name == "rrp" else value
            self._field = None
        elif name == "product" and self._current is not None:
            self.products.append(self._current)
            self._current = None


def parse_catalogue(stream) -> list[dict]:
    handler = CatalogueHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.products


@bp.post("/upload")
@login_required
def upload_catalogue():
    upload = request.files["catalogue"]
    products = parse_catalogue(upload.stream)
    return jsonify(count=len(products), preview=[{**p, "rrp": str(p.get("rrp"))} for p in products[:20]])
