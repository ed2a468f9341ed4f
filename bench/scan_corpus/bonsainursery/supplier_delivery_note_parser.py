"""Parse electronic delivery notes (DESADV-style XML) from suppliers.

When a pallet of pots or a container of trees arrives, the supplier's
delivery note is uploaded so the goods-in screen can tick off each line.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class DeliveryLine:
    sku: str
    description: str
    quantity: int
    packages: int


@dataclass
class DeliveryNote:
    note_number: str
    po_number: str
    shipped_on: date
    lines: list[DeliveryLine]


def parse_delivery_note(data: bytes) -> DeliveryNote:
    root = etree.fromstring(data, parser=SAFE_PARSER)
    if root.tag != "DeliveryNote":
        raise ValueError(f"unexpected root element {root.tag}")
    lines = [
        DeliveryLine(
            sku=item.findtext("SKU", "").strip(),
            description=item.findtext("Description", "").strip(),
            quantity=int(item.findtext("Quantity", "0")),
            packages=int(item.findtext("Packages", "1")),
        )
        for item in root.iterfind("Items/Item")
    ]
    return DeliveryNote(
        note_number=root.findtext("Number", "").strip(),
        po_number=root.findtext("PurchaseOrder", "").strip(),
        shipped_on=date.fromisoformat(root.findtext("ShippedOn", "")),
        lines=lines,
    )


@app.post("/staff/goods-in/delivery-notes")
def upload_delivery_note():
    upload = request.files.get("file")
    if upload is None:
        abort(400, "no file")
    try:
        note = parse_delivery_note(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        abort(400, f"could not read delivery note: {exc}")
    return {
        "note": note.note_number,
        "po_number": note.po_number,
        "shipped_on": note.shipped_on.isoformat(),
        "lines": [{"sku": l.sku, "qty": l.quantity} for l in note.lines],
    }
