"""Import clay and materials invoices that suppliers send as UBL XML files.

Staff upload the invoice from the supplier portal; we pull the line items
into the materials ledger so the glaze lab can track cost per batch.
"""
from decimal import Decimal

from lxml import etree
from flask import Blueprint, jsonify, request

from potter.db import db_session
from potter.models import MaterialPurchase

bp = Blueprint("supplier_invoices", __name__, url_prefix="/admin/invoices")

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
}


def parse_invoice(raw: bytes) -> etree._Element:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    return etree.fromstring(raw, parser)


def invoice_lines(root: etree._Element) -> list[dict]:
    lines = []
    for line in root.iterfind("cac:InvoiceLine", NS):
        lines.append(
            {
                "sku": line.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=NS),
                "description": line.findtext("cac:Item/cbc:Name", namespaces=NS),
                "quantity": Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=NS)),
                "amount": Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS)),
            }
        )
    return lines


@bp.post("/upload")
def upload_invoice():
    root = parse_invoice(request.files["invoice"].read())
    supplier = root.findtext("cac:AccountingSupplierParty//cbc:Name", namespaces=NS)
    invoice_no = root.findtext("cbc:ID", namespaces=NS)
    for item in invoice_lines(root):
        db_session.add(MaterialPurchase(supplier=supplier, invoice_no=invoice_no, **item))
    db_session.commit()
    return jsonify({"invoice": invoice_no, "supplier": supplier})
