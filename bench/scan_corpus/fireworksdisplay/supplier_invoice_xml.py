"""Parses UBL-style XML invoices from pyrotechnic suppliers for the accounts team."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from lxml import etree

bp = Blueprint("supplier_invoices", __name__, url_prefix="/invoices")

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    line_total: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser())
    lines = []
    for el in root.iterfind("cac:InvoiceLine", namespaces=NS):
        lines.append(
            InvoiceLine(
                sku=el.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", default="", namespaces=NS),
                description=el.findtext("cac:Item/cbc:Name", default="", namespaces=NS),
                quantity=Decimal(el.findtext("cbc:InvoicedQuantity", default="0", namespaces=NS)),
                line_total=Decimal(el.findtext("cbc:LineExtensionAmount", default="0", namespaces=NS)),
            )
        )
    return {
        "invoice_number": root.findtext("cbc:ID", default="", namespaces=NS),
        "issue_date": root.findtext("cbc:IssueDate", default="", namespaces=NS),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", default="", namespaces=NS
        ),
        "total": Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", default="0", namespaces=NS)),
        "lines": lines,
    }


@bp.post("/upload")
def upload_invoice():
    data = request.get_data()
    if not data or len(data) > MAX_BYTES:
        abort(413 if data else 400)
    try:
        invoice = parse_invoice(data)
    except (etree.XMLSyntaxError, ArithmeticError) as exc:
        abort(422, description=f"unreadable invoice: {exc}")
    return jsonify(
        {
            "invoice_number": invoice["invoice_number"],
            "supplier": invoice["supplier"],
            "total": str(invoice["total"]),
            "lines": [{"sku": l.sku, "qty": str(l.quantity), "total": str(l.line_total)} for l in invoice["lines"]],
        }
    )
