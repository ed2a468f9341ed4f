"""Import order confirmations that suppliers send as XML.

Some Japanese and Italian suppliers confirm our purchase orders with an XML
document (their ERP export). Staff upload the file and the confirmed lines
and delivery dates are matched against our open purchase orders.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)


@dataclass
class ConfirmedLine:
    sku: str
    quantity: int
    unit_price: Decimal
    delivery: date


@dataclass
class Confirmation:
    supplier_ref: str
    po_number: str
    lines: list[ConfirmedLine]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_confirmation(data: bytes) -> Confirmation:
    root = etree.fromstring(data, parser=_parser())
    if root.tag != "OrderConfirmation":
        raise ValueError(f"unexpected root element {root.tag}")
    lines = []
    for el in root.iterfind("Lines/Line"):
        lines.append(
            ConfirmedLine(
                sku=el.findtext("SKU", "").strip(),
                quantity=int(el.findtext("Qty", "0")),
                unit_price=Decimal(el.findtext("UnitPrice", "0")),
                delivery=date.fromisoformat(el.findtext("DeliveryDate", "")),
            )
        )
    return Confirmation(
        supplier_ref=root.findtext("SupplierRef", "").strip(),
        po_number=root.findtext("PurchaseOrder", "").strip(),
        lines=lines,
    )


@app.post("/staff/suppliers/confirmations")
def upload_confirmation():
    upload = request.files.get("file")
    if upload is None:
        abort(400, "no file")
    try:
        conf = parse_confirmation(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        abort(400, f"could not read confirmation: {exc}")
    return {
        "po_number": conf.po_number,
        "supplier_ref": conf.supplier_ref,
        "lines": [
            {"sku": l.sku, "qty": l.quantity, "delivery": l.delivery.isoformat()} for l in conf.lines
        ],
    }
